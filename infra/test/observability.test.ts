// The rules, the alerts and the dashboards of infra/observability, proven: promtool checks and unit-
// tests the rules, the committed dashboards are the generated ones, and a real Prometheus scraping the
// running platform answers every dashboard query with series. Needs `promtool` and `prometheus`
// (Debian's prometheus package; .ci/run installs it).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, serveMetrics } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DASHBOARD_DIR, DASHBOARDS, dashboardFile, dashboardText } from '../src/grafana-dashboards.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OBSERVABILITY = join(ROOT, 'infra/observability');
const queries = DASHBOARDS.flatMap((dashboard) =>
  dashboard.panels.flatMap((panel) =>
    panel.queries.map((query) => ({ dashboard: dashboard.uid, panel: panel.title, expr: query.expr })),
  ),
);

describe('Prometheus rules and alerts', () => {
  it('pass promtool check (rules and the local scrape configuration)', () => {
    execFileSync(
      'promtool',
      ['check', 'rules', ...['recording', 'alerts'].map((name) => `${OBSERVABILITY}/prometheus/rules/${name}.yml`)],
      {
        stdio: 'pipe',
      },
    );
    execFileSync('promtool', ['check', 'config', `${OBSERVABILITY}/prometheus/prometheus.yml`], { stdio: 'pipe' });
  });

  it('fire exactly when their unit tests say (burn rates, backlog, dead letters, pools, jobs, targets)', () => {
    const output = execFileSync('promtool', ['test', 'rules', `${OBSERVABILITY}/prometheus/tests/alerts.test.yml`], {
      encoding: 'utf8',
    });
    expect(output).toContain('SUCCESS');
  });

  it('every alert names its section of the runbook, and the section exists', async () => {
    const runbook = await readFile(join(ROOT, 'docs/operations/runbook.md'), 'utf8');
    const alerts = await readFile(`${OBSERVABILITY}/prometheus/rules/alerts.yml`, 'utf8');
    const anchors = [...alerts.matchAll(/runbook: docs\/operations\/runbook\.md#([a-z0-9-]+)/g)].map(
      (match) => match[1]!,
    );
    expect(anchors.length).toBeGreaterThanOrEqual(11);
    const headings = new Set(
      [...runbook.matchAll(/^#{2,4} (.+)$/gm)].map((match) =>
        match[1]!
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const anchor of anchors) expect(headings, `runbook section #${anchor}`).toContain(anchor);
  });
});

describe('Grafana dashboards', () => {
  it('are committed as generated (node infra/src/grafana-dashboards.ts)', async () => {
    for (const spec of DASHBOARDS) {
      expect(await readFile(join(DASHBOARD_DIR, dashboardFile(spec)), 'utf8'), spec.uid).toBe(dashboardText(spec));
    }
  });
});

describe('a real Prometheus scraping the running platform', () => {
  let platform: WholePlatform;
  let prometheus: ChildProcess | undefined;
  let prometheusUrl = '';
  let stateDir = '';
  const servers: RunningServer[] = [];
  let log = '';

  beforeAll(async () => {
    platform = await startWholePlatform();
    const jobs: string[] = [];
    for (const [job, registry] of Object.entries(platform.metrics)) {
      const server = await serveMetrics(registry, { port: 0, host: '127.0.0.1' });
      servers.push(server);
      jobs.push(`  - job_name: ${job}\n    static_configs: [{ targets: ['127.0.0.1:${server.port}'] }]`);
    }
    stateDir = await mkdtemp(join(tmpdir(), 'ucos-prometheus-'));
    await writeFile(
      join(stateDir, 'prometheus.yml'),
      `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - ${OBSERVABILITY}/prometheus/rules/recording.yml\n  - ${OBSERVABILITY}/prometheus/rules/alerts.yml\nscrape_configs:\n${jobs.join('\n')}\n`,
    );
    const port = 19_090 + Math.floor(Math.random() * 800);
    prometheusUrl = `http://127.0.0.1:${port}`;
    prometheus = spawn(
      'prometheus',
      [
        `--config.file=${join(stateDir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(stateDir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    prometheus.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    await vi.waitFor(
      async () => {
        expect(prometheus?.exitCode, log).toBeNull();
        expect((await fetch(`${prometheusUrl}/-/ready`)).status).toBe(200);
      },
      { timeout: 30_000, interval: 200 },
    );
    // traffic: a sign-up (identity's events reach its mail consumer), reads, and a refused query
    const { bearer } = await platform.tenant('observed');
    for (let i = 0; i < 5; i++) await platform.gql('{ viewer { __typename } }', {}, bearer);
    await platform.gql('{ thisFieldDoesNotExist }', {}, bearer);
  }, 120_000);

  afterAll(async () => {
    prometheus?.kill('SIGTERM');
    for (const server of servers) await server.close();
    await platform?.close();
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
  });

  async function query(expr: string): Promise<{ status: string; data?: { result: unknown[] }; error?: string }> {
    const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
    return (await response.json()) as { status: string; data?: { result: unknown[] }; error?: string };
  }

  it('scrapes every role it was given', async () => {
    await vi.waitFor(
      async () => {
        const answer = await query('up == 1');
        expect(answer.data?.result.length).toBe(Object.keys(platform.metrics).length);
      },
      { timeout: 30_000, interval: 500 },
    );
  });

  it.each(queries)('$dashboard · $panel: `$expr` returns series', async ({ expr }) => {
    await vi.waitFor(
      async () => {
        const answer = await query(expr);
        expect(answer.status, answer.error).toBe('success');
        expect(answer.data?.result.length, expr).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 500 },
    );
  });
});
