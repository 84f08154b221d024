import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The worker tier's latencies, each measured by its own script in a fresh process and database (the
 * services and workers in-process, events on NATS when NATS_URL is set): event → webhook delivery
 * and event → first workflow step, at 100 events/s.
 */
const SCRIPTS = [
  { script: 'infra/src/bench/webhooks.ts', env: { WEBHOOK_BENCH_RATE: '100' }, target: 'p99 < 1000 ms' },
  { script: 'infra/src/bench/workflows.ts', env: { WORKFLOW_BENCH_RATE: '100' }, target: 'p99 < 500 ms' },
];

export async function benchEvents(root: string, seconds: number): Promise<string> {
  const rows: string[] = [];
  for (const { script, env, target } of SCRIPTS) {
    const duration = String(Math.max(10, seconds));
    const { stdout } = await run(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, ...env, WEBHOOK_BENCH_SECONDS: duration, WORKFLOW_BENCH_SECONDS: duration },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; message: string }) => ({
      stdout: error.stdout ?? `| ${script} | failed: ${error.message} |`,
    }));
    const line = stdout.split('\n').find((text) => text.startsWith('| event →')) ?? `| ${script} | no result |`;
    console.log(line);
    rows.push(`${line.trimEnd()} ${target} |`);
  }
  return [
    '',
    '## Events (worker tier)',
    '',
    '| path | rate | done | p50 | p95 | p99 | max | target |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
