import { parentPort } from 'node:worker_threads';
import type { PluginHost } from '../types.ts';
import { quickJS } from './engine.ts';
import { inspectBundle } from './inspect.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { runPluginInProcess } from './run.ts';

/**
 * A sandbox worker: runs one plugin call at a time in its own QuickJS module, asking the caller's
 * thread for the host functions (kv, http). The caller terminates it when a call overruns its
 * deadline, which no check inside QuickJS can guarantee.
 */
const port = parentPort;
if (!port) throw new Error('the plugin sandbox worker runs in a worker thread');

// compiled while the worker waits for its first call
const ready = quickJS();
let nextCallId = 1;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function ask(id: number, op: 'kv.get' | 'kv.set' | 'fetch', args: unknown[]): Promise<unknown> {
  const callId = nextCallId++;
  return new Promise((resolve, reject) => {
    waiting.set(callId, { resolve, reject });
    port?.postMessage({ type: 'host', id, callId, op, args } satisfies FromWorker);
  });
}

port.on('message', async (message: ToWorker) => {
  if (message.type === 'host-result') {
    const pending = waiting.get(message.callId);
    waiting.delete(message.callId);
    if (message.ok) pending?.resolve(message.value);
    else pending?.reject(new Error(message.message));
    return;
  }
  if (message.type === 'inspect') {
    await ready;
    port.postMessage({ type: 'started', id: message.id } satisfies FromWorker);
    port.postMessage({ type: 'done', id: message.id, outcome: await inspectBundle(message.code) } satisfies FromWorker);
    return;
  }
  const { id, run } = message;
  const host: PluginHost = {
    ...(message.host.kv
      ? {
          kv: {
            get: async (key) => (await ask(id, 'kv.get', [key])) as string | null,
            set: async (key, value) => {
              await ask(id, 'kv.set', [key, value]);
            },
          },
        }
      : {}),
    ...(message.host.fetch
      ? { fetch: async (url, init) => (await ask(id, 'fetch', [url, init])) as { status: number; body: string } }
      : {}),
  };
  // the deadline's watchdog starts once the module is loaded: loading is not the plugin's time
  await ready;
  port.postMessage({ type: 'started', id } satisfies FromWorker);
  const outcome = await runPluginInProcess({ ...run, host });
  port.postMessage({ type: 'done', id, outcome } satisfies FromWorker);
});
