import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { heapBytes } from './engine.ts';
import { PRELUDE } from './prelude.ts';

/** QuickJS's own stack guard: deep recursion is a RangeError long before the WebAssembly stack runs out. */
export const MAX_STACK_BYTES = 256 * 1024;

/** One QuickJS runtime and context with the prelude evaluated, used for exactly one call and then disposed. */
export interface Sandbox {
  module: QuickJSWASMModule;
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  prepare: QuickJSHandle;
  run: QuickJSHandle;
  /** `performance.now()` past which running code is interrupted; set when the call starts */
  deadline: number;
  interrupted: boolean;
  /** how much this call may grow the module's linear memory */
  heapAllowance: number;
  memoryExceeded: boolean;
  /**
   * Brackets a stretch of this call's code (calls run one at a time between awaits): growth of the
   * shared memory inside it is this call's, growth between its stretches belongs to other calls.
   */
  slice<T>(work: () => T): T;
  /** what this call's own stretches have grown the memory by */
  heapGrown(): number;
  dispose(): void;
}

function createSandbox(module: QuickJSWASMModule): Sandbox {
  const runtime = module.newRuntime();
  runtime.setMaxStackSize(MAX_STACK_BYTES);
  const context = runtime.newContext();
  const api = context.unwrapResult(context.evalCode(PRELUDE, 'prelude.js', { type: 'global', strict: true }));
  const prepare = context.getProp(api, 'prepare');
  const run = context.getProp(api, 'run');
  api.dispose();
  let grownBefore = 0;
  let sliceStart = Number.NaN;
  const sandbox: Sandbox = {
    module,
    runtime,
    context,
    prepare,
    run,
    deadline: Number.POSITIVE_INFINITY,
    interrupted: false,
    heapAllowance: Number.POSITIVE_INFINITY,
    memoryExceeded: false,
    slice(work) {
      sliceStart = heapBytes(module);
      try {
        return work();
      } finally {
        grownBefore += heapBytes(module) - sliceStart;
        sliceStart = Number.NaN;
      }
    },
    heapGrown: () => grownBefore + (Number.isNaN(sliceStart) ? 0 : heapBytes(module) - sliceStart),
    dispose() {
      prepare.dispose();
      run.dispose();
      context.dispose();
      runtime.dispose();
    },
  };
  // QuickJS asks every 10,000 calls or backward jumps: cheap checks only
  runtime.setInterruptHandler(() => {
    if (sandbox.heapGrown() > sandbox.heapAllowance) {
      sandbox.memoryExceeded = true;
      return true;
    }
    if (performance.now() <= sandbox.deadline) return false;
    sandbox.interrupted = true;
    return true;
  });
  return sandbox;
}

let spare: Sandbox | undefined;
let refilling = false;

/**
 * A fresh sandbox for one call. Creating the context and compiling the prelude is most of a call's
 * cost, so one spare is made ahead, off the request path (on the next turn of the event loop after
 * a call takes it); it has run no plugin code, so taking it shares nothing with any earlier call.
 */
export function takeSandbox(module: QuickJSWASMModule): Sandbox {
  let sandbox = spare;
  spare = undefined;
  if (sandbox && sandbox.module !== module) {
    sandbox.dispose();
    sandbox = undefined;
  }
  if (!refilling) {
    refilling = true;
    setImmediate(() => {
      refilling = false;
      if (spare) return;
      try {
        spare = createSandbox(module);
      } catch {
        // the next call creates its own
      }
    });
  }
  return sandbox ?? createSandbox(module);
}
