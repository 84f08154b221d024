import type { EventActionOutput, HookInputs, HookOutputs, HookPoint } from './hooks.ts';

/** What a hook function receives next to its input. */
export interface PluginContext<Config = Record<string, unknown>> {
  /** the tenant's configuration, valid against the manifest's configSchema */
  config: Config;
  /** needs the `log` capability; `console.*` writes here too */
  log: {
    debug(...args: unknown[]): void;
    info(...args: unknown[]): void;
    warn(...args: unknown[]): void;
    error(...args: unknown[]): void;
  };
  /** needs the `kv` capability: strings per plugin and tenant */
  kv: { get(key: string): Promise<string | null>; set(key: string, value: string): Promise<void> };
  /** needs the `http` capability, in action hooks only, to an allowed host */
  fetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<{ status: number; body: string }>;
}

type Answer<H extends HookPoint> = H extends 'event.action' ? EventActionOutput | undefined : HookOutputs[H];

export type HookFunction<H extends HookPoint, Config = Record<string, unknown>> = (
  input: HookInputs[H],
  ctx: PluginContext<Config>,
) => Answer<H> | Promise<Answer<H>>;

/**
 * The default export of a plugin bundle. Type a plugin with `satisfies` (a type-only import is all a
 * bundle may import):
 * ```ts
 * import type { Plugin } from '@ucos/plugin-sdk';
 * export default { 'checkout.validate'(input, ctx) { return { allow: true }; } } satisfies Plugin<{ minimum: number }>;
 * ```
 */
export type Plugin<Config = Record<string, unknown>> = { [H in HookPoint]?: HookFunction<H, Config> };
