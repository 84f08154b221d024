import { Worker } from 'node:worker_threads';
import type { HookPoint } from '../hooks.ts';
import { DEFAULT_LIMITS, type PluginHost, type PluginOutcome, type PluginRun } from '../types.ts';
import { defaultHttpFetch } from './http.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/**
 * Time past a call's deadline before its worker is terminated. QuickJS checks the deadline every
 * 10,000 calls or backward jumps; a loop of expensive built-ins (`big.split('')`) can go minutes
 * between checks, and only terminating the thread stops it for sure.
 */
export const WATCHDOG_GRACE_MS = 100;
const MAX_WORKERS = 8;

// the sources run as TypeScript in the workspace and as built JavaScript from the packed dist
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

interface Call {
  run: PluginRun;
  resolve: (outcome: PluginOutcome) => void;
  watchdog?: ReturnType<typeof setTimeout>;
  startedAt?: number;
}

class SandboxWorker {
  readonly worker = new Worker(WORKER_URL);
  readonly id: number;
  call: Call | undefined;
  retired = false;
  private readonly onGone: (worker: SandboxWorker) => void;
  constructor(id: number, onGone: (worker: SandboxWorker) => void) {
    this.id = id;
    this.onGone = onGone;
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.fail(`the sandbox worker failed: ${error.message}`));
    this.worker.on('exit', () => this.fail('the sandbox worker stopped'));
  }

  start(call: Call): void {
    this.call = call;
    // a busy worker keeps the process alive until its call ends (a CLI awaiting an outcome)
    this.worker.ref();
    const { host, ...run } = call.run;
    this.worker.postMessage({
      type: 'run',
      id: this.id,
      run,
      host: { kv: Boolean(host?.kv), fetch: Boolean(host?.fetch) },
    } satisfies ToWorker);
  }

  private receive(message: FromWorker): void {
    const call = this.call;
    if (!call) return;
    if (message.type === 'started') {
      call.startedAt = performance.now();
      const timeoutMs = call.run.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
      call.watchdog = setTimeout(() => this.overrun(timeoutMs), timeoutMs + WATCHDOG_GRACE_MS);
    } else if (message.type === 'done') {
      this.finish(message.outcome);
    } else {
      void this.host(call.run.host, message);
    }
  }

  private async host(host: PluginHost | undefined, message: Extract<FromWorker, { type: 'host' }>): Promise<void> {
    const [first, second] = message.args as [string, unknown];
    let result: ToWorker;
    try {
      let value: unknown;
      if (message.op === 'kv.get') value = await host?.kv?.get(first);
      else if (message.op === 'kv.set') value = await host?.kv?.set(first, String(second));
      else value = await (host?.fetch ?? defaultHttpFetch)(first, second as Parameters<typeof defaultHttpFetch>[1]);
      result = { type: 'host-result', callId: message.callId, ok: true, value: value ?? null };
    } catch (error) {
      result = {
        type: 'host-result',
        callId: message.callId,
        ok: false,
        message: (error as Error)?.message ?? String(error),
      };
    }
    // the call may have ended (and the worker gone) while the host worked
    if (this.call) this.worker.postMessage(result);
  }

  private finish(outcome: PluginOutcome): void {
    const call = this.call;
    if (!call) return;
    clearTimeout(call.watchdog);
    this.call = undefined;
    this.worker.unref();
    call.resolve(outcome);
    this.onGone(this);
  }

  private overrun(timeoutMs: number): void {
    const call = this.call;
    if (!call) return;
    this.call = undefined;
    this.retire();
    call.resolve({
      ok: false,
      failure: 'timeout',
      message: `the plugin did not finish within ${timeoutMs} ms (its sandbox was stopped)`,
      logs: [],
      durationMs: Math.round((performance.now() - (call.startedAt ?? performance.now())) * 1000) / 1000,
    });
  }

  private fail(message: string): void {
    const call = this.call;
    this.call = undefined;
    this.retire();
    if (call) {
      clearTimeout(call.watchdog);
      call.resolve({ ok: false, failure: 'error', message, logs: [], durationMs: 0 });
    }
  }

  private retire(): void {
    if (this.retired) return;
    this.retired = true;
    void this.worker.terminate();
    this.onGone(this);
  }
}

const idle: SandboxWorker[] = [];
const busy = new Set<SandboxWorker>();
const queue: Call[] = [];
let nextId = 1;

function settled(worker: SandboxWorker): void {
  busy.delete(worker);
  const index = idle.indexOf(worker);
  if (worker.retired && index >= 0) idle.splice(index, 1);
  if (!worker.retired && !worker.call && index < 0) idle.push(worker);
  const next = queue.shift();
  if (next) dispatch(next);
  // a stopped worker is replaced at once: starting one (a thread, the module) takes long
  else if (worker.retired && idle.length === 0) idle.push(new SandboxWorker(nextId++, settled));
}

function dispatch(call: Call): void {
  let worker = idle.pop();
  if (!worker) {
    if (busy.size >= MAX_WORKERS) {
      queue.push(call);
      return;
    }
    worker = new SandboxWorker(nextId++, settled);
  }
  busy.add(worker);
  worker.start(call);
}

/**
 * Runs one hook of a plugin in a sandbox worker thread: a fresh QuickJS runtime and context per
 * call (see `run.ts`), one call per worker at a time, the worker terminated if the call overruns
 * its deadline by `WATCHDOG_GRACE_MS`. Host functions run on the caller's thread. Never throws for
 * anything the plugin does: every failure is an outcome, and the caller applies the hook's
 * failure policy.
 */
export function runPlugin<H extends HookPoint>(run: PluginRun<H>): Promise<PluginOutcome<H>> {
  return new Promise((resolve) => {
    dispatch({ run: run as PluginRun, resolve: resolve as (outcome: PluginOutcome) => void });
  });
}

/** Stops the idle sandbox workers (tests and shutdown); busy ones finish their call first. */
export async function closeSandboxWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.worker.terminate()));
}
