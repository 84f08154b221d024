import { Worker } from 'node:worker_threads';
import type { HookPoint } from '../hooks.ts';
import { DEFAULT_LIMITS, type PluginHost, type PluginOutcome, type PluginRun } from '../types.ts';
import { defaultHttpFetch } from './http.ts';
import { LOAD_TIMEOUT_MS } from './inspect.ts';
import type { FromWorker, InspectResult, ToWorker } from './protocol.ts';

/**
 * Time past a call's deadline before its worker is terminated. QuickJS checks the deadline every
 * 10,000 calls or backward jumps; a loop of expensive built-ins (`big.split('')`) can go minutes
 * between checks, and only terminating the thread stops it for sure.
 */
export const WATCHDOG_GRACE_MS = 100;
const MAX_WORKERS = 8;

// the sources run as TypeScript in the workspace and as built JavaScript from the packed dist
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

type Job = { kind: 'run'; run: PluginRun } | { kind: 'inspect'; code: string };

interface Call {
  job: Job;
  timeoutMs: number;
  resolve: (outcome: PluginOutcome | InspectResult) => void;
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
    if (call.job.kind === 'inspect') {
      this.worker.postMessage({ type: 'inspect', id: this.id, code: call.job.code } satisfies ToWorker);
      return;
    }
    const { host, ...run } = call.job.run;
    try {
      this.worker.postMessage({
        type: 'run',
        id: this.id,
        run,
        host: { kv: Boolean(host?.kv), fetch: Boolean(host?.fetch) },
      } satisfies ToWorker);
    } catch (error) {
      // an input that cannot be copied to the worker (a function, a symbol) is the caller's error
      this.finish({
        ok: false,
        failure: 'error',
        message: `the input is not JSON: ${(error as Error).message}`,
        logs: [],
        durationMs: 0,
      });
    }
  }

  private receive(message: FromWorker): void {
    const call = this.call;
    if (!call) return;
    if (message.type === 'started') {
      call.startedAt = performance.now();
      call.watchdog = setTimeout(() => this.overrun(call.timeoutMs), call.timeoutMs + WATCHDOG_GRACE_MS);
    } else if (message.type === 'done') {
      this.finish(message.outcome);
    } else if (call.job.kind === 'run') {
      void this.host(call.job.run.host, message);
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

  private finish(outcome: PluginOutcome | InspectResult): void {
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
    if (call.job.kind === 'inspect') {
      call.resolve({ ok: false, message: `the bundle did not load within ${timeoutMs} ms (its sandbox was stopped)` });
      return;
    }
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
      call.resolve(
        call.job.kind === 'inspect'
          ? { ok: false, message }
          : { ok: false, failure: 'error', message, logs: [], durationMs: 0 },
      );
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
    dispatch({
      job: { kind: 'run', run: run as PluginRun },
      timeoutMs: run.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
      resolve: resolve as Call['resolve'],
    });
  });
}

/** `inspectBundle` in a sandbox worker, under the same watchdog: a bundle's top level is plugin code too. */
export function inspectInWorker(code: string): Promise<InspectResult> {
  return new Promise((resolve) => {
    dispatch({ job: { kind: 'inspect', code }, timeoutMs: LOAD_TIMEOUT_MS, resolve: resolve as Call['resolve'] });
  });
}

/** Stops the idle sandbox workers (tests and shutdown); busy ones finish their call first. */
export async function closeSandboxWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.worker.terminate()));
}
