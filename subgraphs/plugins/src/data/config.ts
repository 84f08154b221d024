import { type PluginManifest, validateConfig } from '@ucos/plugin-sdk';

/**
 * A plugin's configuration is checked against its manifest's `configSchema` (the SDK's
 * `validateConfig`, the same check its local harness makes) before it is stored and again when the
 * version it runs changes, so a running plugin never sees a config its schema refuses. Every problem
 * is reported, each on its own path.
 */
export interface ConfigProblem {
  path: string[];
  message: string;
}

export const configProblems = (manifest: PluginManifest, config: unknown): ConfigProblem[] =>
  validateConfig(manifest, config).map((problem) => ({
    path: problem.path.split('.').filter(Boolean),
    message: problem.message,
  }));

/** A JSON object from the form's text, or why not. */
export function parseConfig(
  text: string,
): { ok: true; config: Record<string, unknown> } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The configuration is a JSON object' };
  }
  return { ok: true, config: value as Record<string, unknown> };
}
