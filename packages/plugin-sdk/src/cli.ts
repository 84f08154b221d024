import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { PluginSetupError, runPluginLocally } from './harness.ts';
import { type HookPoint, isHookPoint } from './hooks.ts';
import { SAMPLE_INPUTS } from './samples.ts';
import type { PluginOutcome } from './types.ts';

const USAGE = `usage: ucos-plugin test <plugin-dir>

<plugin-dir> holds manifest.json, plugin.ts (or plugin.js) and samples/*.json, each sample
{ "hook": "checkout.validate", "config": {…}, "input": {…}, "expect": {…} } ("input" defaults to
the SDK's sample input for the hook; "expect" is matched against the outcome, e.g.
{ "ok": true, "output": { "allow": false } } or { "ok": false, "failure": "timeout" }).`;

interface Sample {
  hook: HookPoint;
  config?: Record<string, unknown>;
  input?: unknown;
  expect?: unknown;
}

/** `expected` is contained in `actual`: objects by their listed keys, arrays element by element. */
function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => matches(actual[index], item))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([key, value]) => matches((actual as Record<string, unknown>)[key], value));
  }
  return Object.is(actual, expected);
}

function summary(outcome: PluginOutcome): string {
  if (!outcome.ok) return `${outcome.failure}: ${outcome.message}`;
  const output = outcome.output as unknown as Record<string, unknown>;
  if (output.allow === true) return 'allowed';
  if (output.allow === false) return `refused: ${output.message}${output.field ? ` (field ${output.field})` : ''}`;
  return JSON.stringify(output);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Runs every sample of a plugin directory; returns the number of samples that failed. */
export async function testPluginDirectory(dir: string, print: (line: string) => void = console.log): Promise<number> {
  const root = resolve(dir);
  const manifestPath = join(root, 'manifest.json');
  const bundlePath = (await exists(join(root, 'plugin.ts'))) ? join(root, 'plugin.ts') : join(root, 'plugin.js');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { name?: string; version?: string };
  print(`${manifest.name ?? basename(root)} ${manifest.version ?? ''}`.trim());
  const sampleDir = join(root, 'samples');
  const files = (await exists(sampleDir))
    ? (await readdir(sampleDir)).filter((file) => file.endsWith('.json')).sort()
    : [];
  if (files.length === 0) print('  no samples (samples/*.json)');
  let failed = 0;
  for (const file of files) {
    const sample = JSON.parse(await readFile(join(sampleDir, file), 'utf8')) as Sample;
    if (!isHookPoint(sample.hook)) {
      failed++;
      print(`  ✗ ${file}: "hook" must be a hook point`);
      continue;
    }
    try {
      const outcome = await runPluginLocally({
        bundlePath,
        manifestPath,
        hook: sample.hook,
        input: (sample.input ?? SAMPLE_INPUTS[sample.hook]) as never,
        config: sample.config ?? {},
      });
      const passed = sample.expect === undefined || matches(outcome, sample.expect);
      if (!passed) failed++;
      print(
        `  ${passed ? '✓' : '✗'} ${file}  ${sample.hook}  ${summary(outcome)}  ${outcome.durationMs.toFixed(1)} ms`,
      );
      if (!passed) print(`      expected ${JSON.stringify(sample.expect)}`);
      for (const line of outcome.logs) print(`      ${line.level}: ${line.message}`);
    } catch (error) {
      failed++;
      print(`  ✗ ${file}  ${error instanceof PluginSetupError ? error.message : String(error)}`);
    }
  }
  print(`${files.length - failed} passed, ${failed} failed`);
  return failed;
}

/** `ucos-plugin <args>`: the exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, dir] = args;
  if (command !== 'test' || !dir) {
    console.error(USAGE);
    return 2;
  }
  return (await testPluginDirectory(dir)) > 0 ? 1 : 0;
}
