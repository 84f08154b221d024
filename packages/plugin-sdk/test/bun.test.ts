import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bun = fileURLToPath(new URL('../../../node_modules/.bin/bun', import.meta.url));
const sdk = fileURLToPath(new URL('../src/index.ts', import.meta.url));

describe('on Bun', () => {
  it('compiles and runs plugins in the same sandbox, limits included', async () => {
    const script = join(mkdtempSync(join(tmpdir(), 'plugin-bun-')), 'run.ts');
    writeFileSync(
      script,
      `import { compileBundle, runPlugin, SAMPLE_INPUTS } from ${JSON.stringify(sdk)};
const compiled = await compileBundle("export default { 'checkout.validate'(input: any, ctx: any) { console.log('on', typeof Bun); return input.subtotal.amount < ctx.config.minimum ? { allow: false, message: 'small' } : { allow: true }; } };", 'ts');
if (!compiled.ok) throw new Error(compiled.message);
const base = { hook: 'checkout.validate' as const, input: SAMPLE_INPUTS['checkout.validate'], config: { minimum: 20000 } };
const verdict = await runPlugin({ ...base, code: compiled.code, capabilities: ['log'] });
const loop = await runPlugin({ ...base, code: "export default { 'checkout.validate'() { for (;;) {} } }", capabilities: [], limits: { timeoutMs: 30 } });
const bomb = await runPlugin({ ...base, code: "export default { 'checkout.validate'() { const a = []; for (;;) a.push(a.length); } }", capabilities: [], limits: { memoryBytes: 4 << 20, timeoutMs: 2000 } });
console.log(JSON.stringify({ verdict, loop: loop.ok ? 'ok' : loop.failure, bomb: bomb.ok ? 'ok' : bomb.failure, runtime: typeof Bun }));
`,
    );
    const { stdout } = await promisify(execFile)(bun, ['run', script], { encoding: 'utf8', timeout: 60_000 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result).toMatchObject({
      runtime: 'object',
      verdict: {
        ok: true,
        output: { allow: false, message: 'small' },
        logs: [{ level: 'info', message: 'on undefined' }],
      },
      loop: 'timeout',
      bomb: 'memory',
    });
  }, 60_000);
});
