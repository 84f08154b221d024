import type { HookInputs, HookOutputs, HookPoint } from './hooks.ts';
import type { Capability } from './manifest.ts';

export interface PluginLimits {
  /** the QuickJS heap of one call */
  memoryBytes: number;
  /** wall-clock time of one call, host calls included; running code is interrupted at the deadline */
  timeoutMs: number;
  /** the JSON of the output, in UTF-8 bytes */
  maxOutputBytes: number;
  /** lines kept from the plugin's console; later lines are dropped and counted */
  maxLogLines: number;
}

export const DEFAULT_LIMITS: PluginLimits = {
  memoryBytes: 16 * 1024 * 1024,
  timeoutMs: 100,
  maxOutputBytes: 64 * 1024,
  maxLogLines: 50,
};

/** Host functions for capabilities; only those the plugin declares are installed in its sandbox. */
export interface PluginHost {
  kv?: { get(key: string): Promise<string | null>; set(key: string, value: string): Promise<void> };
  fetch?: (
    url: string,
    init: { method: string; headers?: Record<string, string>; body?: string },
  ) => Promise<{ status: number; body: string }>;
}

export interface PluginRun<H extends HookPoint = HookPoint> {
  /** the compiled bundle: an ES module whose default export maps hook points to functions */
  code: string;
  hook: H;
  input: HookInputs[H];
  config: Record<string, unknown>;
  capabilities: Capability[];
  allowedHosts?: string[];
  limits?: Partial<PluginLimits>;
  host?: PluginHost;
}

export type PluginFailure =
  | 'timeout'
  | 'memory'
  | 'output-too-large'
  | 'error'
  | 'invalid-output'
  | 'capability-denied'
  | 'missing-hook';

export interface PluginLogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  /** epoch milliseconds (the host's real clock) */
  at: number;
}

export type PluginOutcome<H extends HookPoint = HookPoint> =
  | { ok: true; output: HookOutputs[H]; logs: PluginLogLine[]; durationMs: number }
  | { ok: false; failure: PluginFailure; message: string; logs: PluginLogLine[]; durationMs: number };
