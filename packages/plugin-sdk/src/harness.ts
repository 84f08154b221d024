import { readFile } from 'node:fs/promises';
import { compileBundle } from './compile.ts';
import type { HookInputs, HookPoint } from './hooks.ts';
import { hookDeclaration, parseManifest, validateConfig } from './manifest.ts';
import type { Problem } from './problems.ts';
import { runPlugin } from './sandbox/pool.ts';
import type { PluginHost, PluginLimits, PluginOutcome } from './types.ts';

/** The plugin cannot run at all: its manifest, its config or its source is wrong. */
export class PluginSetupError extends Error {
  override name = 'PluginSetupError';
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    super(
      problems.length
        ? `${message}: ${problems.map(({ path, message }) => `${path || '(root)'} ${message}`).join('; ')}`
        : message,
    );
    this.problems = problems;
  }
}

export interface LocalRun<H extends HookPoint> {
  /** a .ts or .js file; or give `source` (TypeScript, which includes JavaScript) */
  bundlePath?: string;
  source?: string;
  manifestPath: string;
  hook: H;
  input: HookInputs[H];
  config: Record<string, unknown>;
  /** defaults: an in-memory kv store (see `memoryKv`) and the platform's fetch */
  host?: PluginHost;
  limits?: Partial<PluginLimits>;
}

/** A kv store in memory, for the harness and tests; pass the same one to several runs to keep state. */
export function memoryKv(): NonNullable<PluginHost['kv']> & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (key) => entries.get(key) ?? null,
    set: async (key, value) => {
      entries.set(key, value);
    },
  };
}

/**
 * Runs a plugin the way the platform does, on this machine: the manifest and config are validated,
 * the source compiled, and the hook run in the same sandbox with the manifest's capabilities,
 * allowed hosts and the hook's timeout.
 */
export async function runPluginLocally<H extends HookPoint>(run: LocalRun<H>): Promise<PluginOutcome<H>> {
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(await readFile(run.manifestPath, 'utf8'));
  } catch (error) {
    throw new PluginSetupError(`cannot read ${run.manifestPath}: ${(error as Error).message}`);
  }
  const parsed = parseManifest(manifestJson);
  if (!parsed.ok) throw new PluginSetupError('the manifest is invalid', parsed.problems);
  const { manifest } = parsed;
  const declared = hookDeclaration(manifest, run.hook);
  if (!declared) throw new PluginSetupError(`the manifest does not declare ${run.hook}`);
  const configProblems = validateConfig(manifest, run.config);
  if (configProblems.length) throw new PluginSetupError('the config is invalid', configProblems);

  const source = run.source ?? (run.bundlePath ? await readFile(run.bundlePath, 'utf8') : undefined);
  if (source === undefined) throw new PluginSetupError('give bundlePath or source');
  const language = run.bundlePath?.endsWith('.js') || run.bundlePath?.endsWith('.mjs') ? 'js' : 'ts';
  const compiled = await compileBundle(source, language);
  if (!compiled.ok) throw new PluginSetupError(`the plugin does not compile: ${compiled.message}`);

  return runPlugin({
    code: compiled.code,
    hook: run.hook,
    input: run.input,
    config: run.config,
    capabilities: manifest.capabilities,
    ...(manifest.allowedHosts ? { allowedHosts: manifest.allowedHosts } : {}),
    limits: { timeoutMs: declared.timeoutMs, ...run.limits },
    host: run.host ?? { kv: memoryKv() },
  });
}
