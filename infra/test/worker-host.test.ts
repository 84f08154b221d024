import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `node infra/src/worker-host.ts <domain…>`, the worker tier as its own process (`npm start` with
 * NATS, a Deployment of its own in production): it connects the bus (NATS when NATS_URL is set, as
 * in CI), starts the listed domains' workers with their own database roles, says it is ready, runs
 * their scheduled jobs, and stops cleanly on SIGTERM. Only inventory's worker runs here: it consumes
 * no events, so a shared NATS server's durable consumers are left alone.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

interface LogLine {
  msg?: string;
  url?: string;
  metrics?: string;
  level: number;
}

function logLines(child: ChildProcess): { lines: LogLine[]; next(prefix: string): Promise<LogLine> } {
  const lines: LogLine[] = [];
  const waiting: { prefix: string; resolve(line: LogLine): void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return;
    }
    lines.push(line);
    for (const waiter of [...waiting]) {
      if (line.msg?.startsWith(waiter.prefix)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  return {
    lines,
    next: (prefix) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((line) => line.msg?.startsWith(prefix));
        if (seen) return resolve(seen);
        waiting.push({ prefix, resolve });
        child.once('exit', (code) => reject(new Error(`exited with ${code} before "${prefix}"`)));
      }),
  };
}

describe(`the worker host (${process.env.NATS_URL ? 'NATS' : 'in-process bus'})`, () => {
  let db: TestDatabase;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    db = await createTestDatabase([{ schema: 'inventory', directory: `${root}subgraphs/inventory/migrations` }]);
  }, 60_000);
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await db?.drop();
  });

  it('starts the workers, is ready, runs their jobs, and stops cleanly on SIGTERM', async () => {
    let stderr = '';
    child = spawn(process.execPath, [`${root}infra/src/worker-host.ts`, 'inventory', 'catalog'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        PORT: '0',
        METRICS_PORT: '0',
        INVENTORY_DATABASE_URL: db.serviceUrl('inventory'),
        RESERVATION_SWEEP_INTERVAL_MS: '50',
        WORKER_SHUTDOWN_GRACE_MS: '5000',
        ...(process.env.NATS_URL ? { NATS_URL: process.env.NATS_URL } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const log = logLines(child);
    const ready = await log.next('worker ready on');
    expect(ready.level, stderr).toBe(30);
    expect((await fetch(`${ready.url}/live`)).status).toBe(200);
    expect((await fetch(`${ready.url}/ready`)).status).toBe(200);
    // catalog has no worker: only inventory's runs
    expect(log.lines.filter((line) => line.msg?.endsWith('worker started')).map((line) => line.msg)).toEqual([
      'inventory worker started',
    ]);
    // the reservation sweep runs on its schedule, as the inventory role, and is counted
    const okRuns = /ucos_job_runs_total\{scheduled_job="inventory.reservation-sweep",outcome="ok"\} (\d+)/;
    let runs = 0;
    for (let attempt = 0; attempt < 100 && runs < 2; attempt++) {
      runs = Number(okRuns.exec(await (await fetch(ready.metrics!)).text())?.[1] ?? 0);
      if (runs < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(runs).toBeGreaterThanOrEqual(2);
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log.lines.map((line) => line.msg)).toContain('workers stopped');
    await expect(fetch(`${ready.url}/live`)).rejects.toThrow();
  }, 30_000);

  it('refuses to start without a domain database connection', async () => {
    const bad = spawn(process.execPath, [`${root}infra/src/worker-host.ts`, 'inventory'], {
      cwd: root,
      env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    bad.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => bad.once('exit', (exit) => resolve(exit)));
    expect(code).not.toBe(0);
    expect(stderr).toContain('INVENTORY_DATABASE_URL is not set');
  }, 30_000);
});
