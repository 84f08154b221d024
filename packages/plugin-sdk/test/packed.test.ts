import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Sdk from '../src/index.ts';

/**
 * The SDK as a plugin author gets it: `npm pack`ed, unpacked into a project of its own and loaded
 * from its built JavaScript (no workspace sources); its dependencies are the workspace's installed
 * packages, linked in as an install would put them.
 */
const packageDir = fileURLToPath(new URL('../', import.meta.url));
const workspaceModules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'plugin-author-'));
const installed = join(project, 'node_modules', '@ucos', 'plugin-sdk');
let sdk: typeof Sdk;

beforeAll(async () => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: packageDir, encoding: 'utf8' }),
  ) as { filename: string }[];
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, packed?.filename ?? ''), '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies)) {
    const target = join(project, 'node_modules', dependency);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(workspaceModules, dependency), target);
  }
  symlinkSync(join(workspaceModules, '@esbuild'), join(project, 'node_modules', '@esbuild'));
  sdk = (await import(pathToFileURL(join(installed, 'dist', 'index.js')).href)) as typeof Sdk;
}, 120_000);

describe('the packed plugin SDK', () => {
  it('is built JavaScript with declarations, pointing at dist/', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(manifest.bin).toEqual({ 'ucos-plugin': './dist/bin.js' });
    expect(manifest.scripts).toBeUndefined();
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json']);
    const code = readdirSync(join(installed, 'dist'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(installed, 'dist', file), 'utf8'))
      .join('\n');
    // relative imports were rewritten to .js; bare ones are declared dependencies or Node's own
    expect(code).not.toMatch(/from '\.[^']*\.ts'/);
    const bare = new Set(
      [...code.matchAll(/from '([^'.][^']*)'/g)].map((match) =>
        match[1]
          ?.split('/')
          .slice(0, match[1].startsWith('@') ? 2 : 1)
          .join('/'),
      ),
    );
    expect([...bare].filter((name) => !name?.startsWith('node:')).sort()).toEqual(
      Object.keys(manifest.dependencies).sort(),
    );
    // the workspace's package.json is back as it was
    expect(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).exports['.']).toBe('./src/index.ts');
  });

  it('compiles and runs a plugin in the sandbox from its dist', async () => {
    const compiled = await sdk.compileBundle(
      `export default { 'checkout.validate'(input: { subtotal: { amount: number } }) { return input.subtotal.amount < 20000 ? { allow: false, message: 'Too small' } : { allow: true }; } };`,
      'ts',
    );
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const outcome = await sdk.runPlugin({
      code: compiled.code,
      hook: 'checkout.validate',
      input: sdk.SAMPLE_INPUTS['checkout.validate'],
      config: {},
      capabilities: [],
    });
    expect(outcome).toMatchObject({ ok: true, output: { allow: false, message: 'Too small' } });
    expect(
      await sdk.runPlugin({
        code: 'export default { "checkout.validate"() { for (;;) {} } }',
        hook: 'checkout.validate',
        input: sdk.SAMPLE_INPUTS['checkout.validate'],
        config: {},
        capabilities: [],
        limits: { timeoutMs: 30 },
      }),
    ).toMatchObject({ ok: false, failure: 'timeout' });
  });

  it('runs an example plugin’s samples with the ucos-plugin binary', async () => {
    const plugin = join(project, 'minimum-order-value');
    cpSync(join(packageDir, 'examples', 'minimum-order-value'), plugin, { recursive: true });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(installed, 'dist', 'bin.js'), 'test', plugin],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    expect(stdout).toMatch(/✓ below-minimum\.json {2}checkout\.validate {2}refused: Orders start at 200\.00 EUR/);
    expect(stdout.trim().split('\n').at(-1)).toBe('3 passed, 0 failed');
  });
});
