import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';

// its declarations are read as CommonJS, where the default import is the whole module; at run time
// Node and Bun load its ES build, whose default export is the variant
const variant = ((RELEASE_SYNC as { default?: QuickJSSyncVariant }).default ?? RELEASE_SYNC) as QuickJSSyncVariant;

let loading: Promise<QuickJSWASMModule> | undefined;
let loaded: QuickJSWASMModule | undefined;

/**
 * The QuickJS WebAssembly module, compiled and instantiated once per process: every call gets its
 * own runtime and context inside it (their own heaps, limits and globals), which costs far less
 * than instantiating the module again.
 */
export function quickJS(): Promise<QuickJSWASMModule> {
  if (!loading) {
    const current = newQuickJSWASMModuleFromVariant(variant);
    loading = current;
    current.then(
      (module) => {
        if (loading === current) loaded = module;
      },
      // a failed load is retried by the next call rather than cached
      () => {
        if (loading === current) loading = undefined;
      },
    );
  }
  return loading;
}

/**
 * Drops the module after a call left it in a state we cannot trust (a WebAssembly trap, or a
 * runtime that would not dispose cleanly): the next call instantiates a fresh one. Calls still
 * running keep the module they started with.
 */
export function discardQuickJS(module: QuickJSWASMModule): void {
  if (loaded !== module) return;
  loaded = undefined;
  loading = undefined;
}

/**
 * The module's linear memory, in bytes. QuickJS's own accounting in this WebAssembly build has no
 * `malloc_usable_size`: its limit holds each allocation to the limit and counts allocations, but does
 * not add up their sizes. The linear memory is what the process really spends, so the runtime also
 * watches it (see `run.ts`).
 */
export function heapBytes(module: QuickJSWASMModule): number {
  const emscripten = (module as unknown as { module?: { HEAPU8?: Uint8Array } }).module;
  return emscripten?.HEAPU8?.buffer.byteLength ?? 0;
}

/** Past this, the module is replaced after the call that grew it: WebAssembly memory never shrinks. */
export const MODULE_HEAP_CAP_BYTES = 256 * 1024 * 1024;
