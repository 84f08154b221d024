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
    // each script makes its own database on a PostgreSQL server: without DATABASE_URL there is none to ask
    if (!process.env.DATABASE_URL) {
      const line = `| ${script} | not run: needs DATABASE_URL (a PostgreSQL server; the events bench makes its own database there) |`;
      console.log(line);
      rows.push(`${line} ${target} |`);
      continue;
    }
    const { stdout } = await run(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, ...env, WEBHOOK_BENCH_SECONDS: duration, WORKFLOW_BENCH_SECONDS: duration },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      // the script's own last words, not an empty row: a failed bench says why
      const reason = (error.stderr ?? '').trim().split('\n').filter(Boolean).at(-1) ?? error.message;
      return { stdout: `${error.stdout ?? ''}\n| ${script} | failed: ${reason.replaceAll('|', '/')} |` };
    });
    const line =
      stdout.split('\n').find((text) => text.startsWith('| event →') || text.startsWith(`| ${script} | failed`)) ??
      `| ${script} | no result |`;
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
