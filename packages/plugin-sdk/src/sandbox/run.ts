import type { QuickJSContext, QuickJSDeferredPromise, QuickJSHandle } from 'quickjs-emscripten-core';
import type { HookPoint } from '../hooks.ts';
import { checkOutput } from '../outputs.ts';
import {
  DEFAULT_LIMITS,
  type PluginFailure,
  type PluginLimits,
  type PluginLogLine,
  type PluginOutcome,
  type PluginRun,
} from '../types.ts';
import { discardQuickJS, heapBytes, MODULE_HEAP_CAP_BYTES, quickJS } from './engine.ts';
import { createHostFunctions, type HostState } from './host.ts';
import { type Sandbox, takeSandbox } from './sandbox.ts';

const MAX_LOG_CHARS = 2000;

class Stop {
  readonly failure: PluginFailure;
  readonly message: string;
  constructor(failure: PluginFailure, message: string) {
    this.failure = failure;
    this.message = message;
  }
}

/** 32-bit FNV-1a: seeds `Math.random` from the input, so a call is reproducible. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** JSON from the sandbox: `__proto__` keys become nothing rather than a prototype. */
function parseUntrusted(json: string): unknown {
  if (!json.includes('"__proto__"')) return JSON.parse(json);
  return JSON.parse(json, (key, value) => (key === '__proto__' ? undefined : value));
}

function errorText(context: QuickJSContext, handle: QuickJSHandle): string {
  try {
    if (context.typeof(handle) !== 'object') return String(context.dump(handle)).slice(0, 1000);
    const read = (key: string) => {
      const property = context.getProp(handle, key);
      try {
        return context.typeof(property) === 'string' ? context.getString(property) : '';
      } finally {
        property.dispose();
      }
    };
    const name = read('name');
    const message = read('message');
    return (name ? `${name}: ${message}` : message || 'unknown error').slice(0, 1000);
  } catch {
    return 'unknown error';
  }
}

/**
 * Runs one hook of a plugin in a fresh QuickJS runtime and context (nothing survives the call),
 * within the limits. Never throws for anything the plugin does: every failure is an outcome, and
 * the caller applies the hook's failure policy.
 */
export async function runPluginInProcess<H extends HookPoint>(run: PluginRun<H>): Promise<PluginOutcome<H>> {
  const limits: PluginLimits = { ...DEFAULT_LIMITS, ...run.limits };
  // the module loads once per process: that wait is not the plugin's time
  const module = await quickJS();
  let startedAt = performance.now();
  let deadline = startedAt + limits.timeoutMs;
  const logs: PluginLogLine[] = [];
  const durationMs = () => Math.round((performance.now() - startedAt) * 1000) / 1000;
  const failed = (failure: PluginFailure, message: string): PluginOutcome<H> => ({
    ok: false,
    failure,
    message,
    logs,
    durationMs: durationMs(),
  });

  let inputJson: string;
  let configJson: string;
  try {
    inputJson = JSON.stringify(run.input);
    configJson = JSON.stringify(run.config ?? {});
  } catch (error) {
    return failed('error', `the input or config is not JSON: ${(error as Error).message}`);
  }

  let sandbox: Sandbox | undefined;
  const handles: QuickJSHandle[] = [];
  const pending = new Set<QuickJSDeferredPromise>();
  let timedOutWaiting = false;
  let outOfMemory = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const state: HostState = { denied: null, logs, droppedLogs: 0, hostCalls: 0, tooManyHostCalls: false };

  try {
    const current = takeSandbox(module);
    sandbox = current;
    // nor is making a sandbox when no spare was ready
    startedAt = performance.now();
    deadline = startedAt + limits.timeoutMs;
    sandbox.deadline = deadline;
    // the slack covers the allocator growing the heap by a fifth at a time
    sandbox.heapAllowance = limits.memoryBytes + Math.max(16 * 1024 * 1024, heapBytes(module) / 4);
    const { runtime, context: vm, slice } = current;
    runtime.setMemoryLimit(limits.memoryBytes);
    const keep = (handle: QuickJSHandle) => {
      handles.push(handle);
      return handle;
    };

    // a host call settling wakes the loop that drives the plugin's promises
    let wake: () => void = () => {};
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - performance.now()));
    });
    const host = createHostFunctions({
      context: vm,
      run,
      maxLogLines: limits.maxLogLines,
      state,
      pending,
      onSettled: () => wake(),
    });
    handles.push(host);

    /** Drives the sandbox's job queue until `handle` (a value or a promise) settles; the value handle is owned by the caller. */
    const settle = async (handle: QuickJSHandle): Promise<QuickJSHandle> => {
      for (;;) {
        const jobs = slice(() => runtime.executePendingJobs());
        if (jobs?.error) {
          const error = keep(jobs.error);
          throw new Stop('error', errorText(vm, error));
        }
        const promise = vm.getPromiseState(handle);
        if (promise.type === 'fulfilled') return promise.notAPromise ? handle : keep(promise.value);
        if (promise.type === 'rejected') throw new Stop('error', errorText(vm, keep(promise.error)));
        if (pending.size === 0) throw new Stop('error', 'the plugin awaited a promise that never settles');
        const woken = new Promise<'woken'>((resolve) => {
          wake = () => resolve('woken');
        });
        if ((await Promise.race([woken, timedOut])) === 'timeout') {
          timedOutWaiting = true;
          throw new Stop('timeout', `the plugin did not finish within ${limits.timeoutMs} ms`);
        }
      }
    };
    const unwrap = (result: ReturnType<QuickJSContext['evalCode']>, what: string): QuickJSHandle => {
      if (result.error) throw new Stop('error', `${what}: ${errorText(vm, keep(result.error))}`);
      return keep(result.value);
    };

    unwrap(
      slice(() =>
        vm.callFunction(current.prepare, vm.undefined, [
          host,
          keep(vm.newNumber(Date.now())),
          keep(vm.newNumber(seedOf(inputJson))),
          keep(vm.newNumber(limits.maxLogLines)),
          keep(vm.newNumber(MAX_LOG_CHARS)),
          keep(vm.newNumber(limits.maxOutputBytes)),
        ]),
      ),
      'the sandbox failed to start',
    );
    const exports = await settle(
      unwrap(
        slice(() => vm.evalCode(run.code, 'plugin.js', { type: 'module' })),
        'the bundle failed to load',
      ),
    );
    const envelope = await settle(
      unwrap(
        slice(() =>
          vm.callFunction(current.run, vm.undefined, [
            exports,
            keep(vm.newString(run.hook)),
            keep(vm.newString(inputJson)),
            keep(vm.newString(configJson)),
          ]),
        ),
        'the hook failed',
      ),
    );
    if (vm.typeof(envelope) !== 'string') throw new Stop('error', 'the plugin replaced the sandbox’s JSON');
    const json = vm.getString(envelope);
    if (Buffer.byteLength(json) > limits.maxOutputBytes + '{"output":}'.length) {
      throw new Stop('output-too-large', `the output is larger than ${limits.maxOutputBytes} bytes`);
    }
    const answer = parseUntrusted(json) as { output?: unknown; failure?: PluginFailure; message?: string };
    if (answer.failure) throw new Stop(answer.failure, String(answer.message ?? ''));
    const checked = checkOutput(run.hook, run.input, answer.output);
    if (!checked.ok) {
      const problems = checked.problems.map(({ path, message }) => (path ? `${path} ${message}` : message));
      throw new Stop('invalid-output', `the output of ${run.hook} is invalid: ${problems.join('; ')}`);
    }
    return outcome({ ok: true, output: checked.output, logs, durationMs: durationMs() });
  } catch (error) {
    if (!(error instanceof Stop)) {
      // not the plugin's doing: the engine itself failed (a trap); never reuse it
      discardQuickJS(module);
      return outcome(failed('error', `the sandbox failed: ${(error as Error).message}`));
    }
    return outcome(failed(error.failure, error.message));
  } finally {
    clearTimeout(timer);
    if (outOfMemory || ranOutOfMemory() || heapBytes(module) > MODULE_HEAP_CAP_BYTES) {
      // QuickJS can leave objects behind when an allocation fails, and freeing such a runtime
      // aborts the module: the whole module is dropped instead (memory and all) and replaced
      discardQuickJS(module);
    } else {
      try {
        for (const deferred of pending) deferred.dispose();
        for (const handle of handles) if (handle.alive) handle.dispose();
        sandbox?.dispose();
      } catch {
        discardQuickJS(module);
      }
    }
  }

  function ranOutOfMemory(): boolean {
    return sandbox !== undefined && (sandbox.memoryExceeded || sandbox.heapGrown() > sandbox.heapAllowance);
  }

  /** The failure that explains the others wins: a denied capability, then memory, then the deadline. */
  function outcome(result: PluginOutcome<H>): PluginOutcome<H> {
    if (state.droppedLogs > 0) {
      logs.push({
        level: 'warn',
        message: `later log lines were dropped (at most ${limits.maxLogLines})`,
        at: Date.now(),
      });
    }
    if (state.denied) return failed('capability-denied', state.denied);
    if (ranOutOfMemory() || (!result.ok && /out of memory/i.test(result.message))) {
      outOfMemory = true;
      return failed('memory', `the plugin needed more than ${limits.memoryBytes} bytes of memory`);
    }
    if (sandbox?.interrupted || timedOutWaiting) {
      return failed('timeout', `the plugin did not finish within ${limits.timeoutMs} ms`);
    }
    if (state.tooManyHostCalls && !result.ok) return failed('error', 'the plugin made too many host calls');
    return result;
  }
}
