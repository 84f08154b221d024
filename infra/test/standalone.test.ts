import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `node subgraphs/<name>/src/index.ts`, as an operator (or `npm start` with NATS) starts a subgraph:
 * the service parses its environment once and the kit serves from that parsed configuration.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = `${root}subgraphs/catalog/src/index.ts`;
const SECRET = 'standalone-test-internal-secret-0123456789';

function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The first log line whose message starts with `prefix`. */
function logLine(child: ChildProcess, prefix: string): Promise<{ url: string; level: number }> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { msg?: string; url?: string; level: number };
        if (parsed.msg?.startsWith(prefix) && parsed.url) resolve({ url: parsed.url, level: parsed.level });
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before "${prefix}"`)));
  });
}

describe('a subgraph started on its own', () => {
  let db: TestDatabase;
  let child: ChildProcess;
  beforeAll(async () => {
    db = await createTestDatabase([{ schema: 'catalog', directory: `${root}subgraphs/catalog/migrations` }]);
  }, 60_000);
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await db?.drop();
  });

  it('listens on PORT, serves metrics on METRICS_PORT, logs at LOG_LEVEL and stops on SIGTERM', async () => {
    child = start({
      DATABASE_URL: db.serviceUrl('catalog'),
      INTERNAL_TOKEN_SECRET: SECRET,
      PORT: '0',
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
    });
    const [listening, metrics] = await Promise.all([
      logLine(child, 'catalog subgraph listening on'),
      logLine(child, 'catalog metrics on'),
    ]);
    expect(listening.level).toBe(30);
    expect((await fetch(listening.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
    expect((await fetch(metrics.url)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('refuses a bad environment at boot, every problem at once', async () => {
    const bad = start({ INTERNAL_TOKEN_SECRET: SECRET, METRICS_PORT: 'nine', LOG_LEVEL: 'loud' });
    let stderr = '';
    bad.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => bad.once('exit', (exit) => resolve(exit)));
    expect(code).toBe(1);
    expect(stderr).toContain('[catalog] invalid environment');
    for (const variable of ['DATABASE_URL', 'METRICS_PORT', 'LOG_LEVEL']) expect(stderr).toContain(`- ${variable}:`);
  }, 30_000);
});
