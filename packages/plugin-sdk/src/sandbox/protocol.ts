import type { PluginOutcome, PluginRun } from '../types.ts';

export type InspectResult = { ok: true; hooks: string[] } | { ok: false; message: string };

/** Messages between `runPlugin` (the caller's thread) and a sandbox worker. */
export type ToWorker =
  | { type: 'run'; id: number; run: Omit<PluginRun, 'host'>; host: { kv: boolean; fetch: boolean } }
  | { type: 'inspect'; id: number; code: string }
  | { type: 'host-result'; callId: number; ok: true; value: unknown }
  | { type: 'host-result'; callId: number; ok: false; message: string };

export type FromWorker =
  | { type: 'started'; id: number }
  | { type: 'done'; id: number; outcome: PluginOutcome | InspectResult }
  | { type: 'host'; id: number; callId: number; op: 'kv.get' | 'kv.set' | 'fetch'; args: unknown[] };
