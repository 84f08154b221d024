import { build, type Message, type Plugin } from 'esbuild';
import { inspectInWorker } from './sandbox/pool.ts';

export const MAX_SOURCE_CHARS = 512 * 1024;

export type CompileResult = { ok: true; code: string; hooks: string[] } | { ok: false; message: string };

// a plugin is one file: nothing may be imported, neither from disk nor from packages
const noImports: Plugin = {
  name: 'no-imports',
  setup(plugin) {
    plugin.onResolve({ filter: /.*/ }, (args) => ({
      errors: [{ text: `a plugin cannot import "${args.path}": bundle it into one file` }],
    }));
  },
};

function describe(errors: Message[]): string {
  return errors
    .slice(0, 5)
    .map((error) => (error.location ? `${error.location.line}:${error.location.column + 1} ${error.text}` : error.text))
    .join('; ');
}

/**
 * TypeScript or JavaScript source to the single ES module the sandbox runs (esbuild: types
 * stripped, syntax lowered to what QuickJS runs), then loaded once in the sandbox to check that
 * its default export maps known hook points to functions.
 */
export async function compileBundle(source: string, language: 'js' | 'ts'): Promise<CompileResult> {
  if (source.length > MAX_SOURCE_CHARS)
    return { ok: false, message: `a plugin is at most ${MAX_SOURCE_CHARS} characters` };
  let code: string;
  try {
    const result = await build({
      stdin: { contents: source, loader: language, sourcefile: `plugin.${language}` },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
      plugins: [noImports],
    });
    code = result.outputFiles[0]?.text ?? '';
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    return { ok: false, message: errors?.length ? describe(errors) : (error as Error).message };
  }
  const inspected = await inspectInWorker(code);
  return inspected.ok ? { ok: true, code, hooks: inspected.hooks } : { ok: false, message: inspected.message };
}
