import type { QuickJSHandle } from 'quickjs-emscripten-core';
import { isHookPoint } from '../hooks.ts';
import { discardQuickJS, quickJS } from './engine.ts';
import type { InspectResult } from './protocol.ts';

export const LOAD_TIMEOUT_MS = 250;
const LOAD_MEMORY_BYTES = 16 * 1024 * 1024;

// the module's top level may log; at load time the lines go nowhere
const QUIET_CONSOLE = `globalThis.console = Object.freeze(Object.fromEntries(['log','info','debug','warn','error'].map((k) => [k, () => {}])));`;

const DESCRIBE = `(function (exports) {
  const plugin = exports.default;
  if (plugin === null || typeof plugin !== 'object') return JSON.stringify({ error: 'the default export must be an object mapping hook points to functions' });
  const keys = Object.keys(plugin);
  return JSON.stringify({ keys, notFunctions: keys.filter((key) => typeof plugin[key] !== 'function') });
})`;

/**
 * Loads a compiled bundle once, in a sandbox with load-time limits, and lists the hook points it
 * implements. Runs inside a sandbox worker (`inspectInWorker`), whose watchdog also covers it.
 */
export async function inspectBundle(code: string): Promise<InspectResult> {
  const module = await quickJS();
  const runtime = module.newRuntime();
  const deadline = performance.now() + LOAD_TIMEOUT_MS;
  runtime.setMemoryLimit(LOAD_MEMORY_BYTES);
  runtime.setMaxStackSize(256 * 1024);
  runtime.setInterruptHandler(() => performance.now() > deadline);
  const vm = runtime.newContext();
  const handles: QuickJSHandle[] = [];
  const keep = (handle: QuickJSHandle) => {
    handles.push(handle);
    return handle;
  };
  const message = (handle: QuickJSHandle) => {
    const text = vm.dump(keep(handle));
    return typeof text === 'object' && text && 'message' in text ? String(text.message) : String(text);
  };
  try {
    const quiet = vm.evalCode(QUIET_CONSOLE, 'console.js', { type: 'global' });
    if (quiet.error) return { ok: false, message: message(quiet.error) };
    keep(quiet.value);
    const loaded = vm.evalCode(code, 'plugin.js', { type: 'module' });
    if (loaded.error) return { ok: false, message: `the bundle failed to load: ${message(loaded.error)}` };
    let exports = keep(loaded.value);
    const jobs = runtime.executePendingJobs();
    if (jobs.error) return { ok: false, message: `the bundle failed to load: ${message(jobs.error)}` };
    const state = vm.getPromiseState(exports);
    if (state.type === 'pending') return { ok: false, message: 'the bundle awaits at its top level' };
    if (state.type === 'rejected') return { ok: false, message: `the bundle failed to load: ${message(state.error)}` };
    if (!state.notAPromise) exports = keep(state.value);
    const describe = vm.evalCode(DESCRIBE, 'describe.js', { type: 'global' });
    if (describe.error) return { ok: false, message: message(describe.error) };
    const described = vm.callFunction(keep(describe.value), vm.undefined, exports);
    if (described.error) return { ok: false, message: message(described.error) };
    const answer = JSON.parse(vm.getString(keep(described.value))) as {
      error?: string;
      keys?: string[];
      notFunctions?: string[];
    };
    if (answer.error) return { ok: false, message: answer.error };
    const keys = answer.keys ?? [];
    const unknown = keys.filter((key) => !isHookPoint(key));
    if (unknown.length) return { ok: false, message: `not hook points: ${unknown.join(', ')}` };
    if (answer.notFunctions?.length) return { ok: false, message: `not functions: ${answer.notFunctions.join(', ')}` };
    if (keys.length === 0) return { ok: false, message: 'the bundle implements no hook point' };
    return { ok: true, hooks: keys };
  } finally {
    try {
      for (const handle of handles) if (handle.alive) handle.dispose();
      vm.dispose();
      runtime.dispose();
    } catch {
      discardQuickJS(module);
    }
  }
}
