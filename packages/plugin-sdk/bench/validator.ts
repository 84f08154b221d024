/**
 * Per-call cost of a trivial validator in the sandbox: `node bench/validator.ts [calls]`, through a
 * sandbox worker (`runPlugin`, what the platform uses) and on the caller's thread (`runPluginInProcess`).
 *
 * - `paced`: 20 calls a second (a busy checkout), each with the event loop free in between, as on a
 *   service: the spare sandbox is ready when a call comes.
 * - `back-to-back`: calls one after another, yielding one turn between them.
 * - `no spare`: calls chained without yielding, so each one creates its own context first.
 */
import { closeSandboxWorkers, compileBundle, runPlugin, runPluginInProcess, SAMPLE_INPUTS } from '../src/index.ts';

const calls = Number(process.argv[2] ?? 400);
const compiled = await compileBundle(
  `export default { 'checkout.validate'(input, ctx) {
    return input.subtotal.amount < ctx.config.minimumAmount ? { allow: false, message: 'Orders start at 50.00 EUR', field: 'lines' } : { allow: true };
  } };`,
  'js',
);
if (!compiled.ok) throw new Error(compiled.message);
let runner = runPlugin;
const run = () =>
  runner({
    code: compiled.code,
    hook: 'checkout.validate',
    input: SAMPLE_INPUTS['checkout.validate'],
    config: { minimumAmount: 5000 },
    capabilities: [],
  });

function report(name: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3);
  console.log(
    `${name.padEnd(13)} calls ${sorted.length}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  p99 ${at(0.99)} ms  max ${at(1)} ms`,
  );
}

async function measure(pause: () => Promise<void> | undefined): Promise<number[]> {
  for (let i = 0; i < 50; i++) await run(); // warm-up: module, JIT tiers
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    await pause();
    const started = performance.now();
    const outcome = await run();
    times.push(performance.now() - started);
    if (!outcome.ok) throw new Error(`${outcome.failure}: ${outcome.message}`);
  }
  return times;
}

for (const [mode, chosen] of [
  ['worker', runPlugin],
  ['in-process', runPluginInProcess],
] as const) {
  runner = chosen;
  console.log(mode);
  report('paced 20/s', await measure(() => new Promise((resolve) => setTimeout(resolve, 50))));
  report('back-to-back', await measure(() => new Promise((resolve) => setImmediate(resolve))));
  report('no spare', await measure(() => undefined));
}
await closeSandboxWorkers();
