import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { withoutBudget } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_SECRET } from './fixtures/echo-subgraph.ts';
import { TENANT } from './fixtures/fake-identity.ts';
import { startUpstreams, type Upstreams } from './fixtures/stack.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const bun = `${root}node_modules/.bin/bun`;

/** GATEWAY_WORKERS=2: one port, two gateway processes, as an operator runs it on a two-core machine. */
describe.each([
  { runtime: 'node', command: process.execPath, available: true },
  { runtime: 'bun', command: bun, available: existsSync(bun) },
])('a clustered gateway on $runtime', ({ command, available }) => {
  let upstreams: Upstreams;
  let primary: ChildProcess;
  let url: string;
  let metricsUrl: string;

  beforeAll(async () => {
    if (!available) return;
    upstreams = await startUpstreams();
    const [port, metricsPort] = [await freePort(), await freePort()];
    primary = spawn(command, [entry, '--supergraph', upstreams.supergraphPath, '--port', String(port)], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        GATEWAY_WORKERS: '2',
        INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
        IDENTITY_URL: upstreams.identity.origin,
        METRICS_PORT: String(metricsPort),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    ({ url, metrics: metricsUrl } = await listening(primary));
  }, 60_000);
  afterAll(async () => {
    if (primary?.exitCode === null) primary.kill('SIGKILL');
    for (const pid of workersOf(primary?.pid)) process.kill(pid, 'SIGKILL');
    await upstreams?.close();
  });

  const whoami = async () => {
    const response = await fetch(url, {
      method: 'POST',
      // a new connection each time, so the connections spread over the workers
      headers: {
        'content-type': 'application/json',
        connection: 'close',
        authorization: `Bearer ${await upstreams.identity.token()}`,
      },
      body: JSON.stringify({ query: '{ whoami { kind tenantId } }' }),
    });
    return response.json();
  };

  it.skipIf(!available)(
    'serves every request on the one port from two worker processes, counts them all in one metrics scrape, replaces a worker that dies, and stops on SIGTERM',
    async () => {
      const workers = workersOf(primary.pid);
      expect(workers).toHaveLength(2);

      const answers = await Promise.all(Array.from({ length: 20 }, whoami));
      expect(answers.map(withoutBudget)).toEqual(
        Array(20).fill({ data: { whoami: { kind: 'user', tenantId: TENANT } } }),
      );
      // the primary sums the workers' counters: every request is there, whichever worker served it
      const scrape = await (await fetch(metricsUrl)).text();
      const counted = [...scrape.matchAll(/^ucos_graphql_requests_total\{[^}]*outcome="ok"[^}]*\} (\d+)/gm)].reduce(
        (sum, match) => sum + Number(match[1]),
        0,
      );
      expect(counted).toBe(20);

      const [victim] = workers;
      process.kill(victim!, 'SIGKILL');
      const replaced = await waitFor(() => {
        const now = workersOf(primary.pid);
        return now.length === 2 && !now.includes(victim!) ? now : null;
      });
      expect(replaced).toHaveLength(2);
      // the new worker takes requests as soon as it listens; meanwhile the other one answers them all
      expect((await Promise.all(Array.from({ length: 6 }, whoami))).map(withoutBudget)).toEqual(
        Array(6).fill({ data: { whoami: { kind: 'user', tenantId: TENANT } } }),
      );

      const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
      primary.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(replaced!.filter(alive)).toEqual([]);
    },
    60_000,
  );
});

/** The primary's live child processes: its workers. */
function workersOf(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
      .filter(alive);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(probe: () => T | null, timeoutMs = 20_000): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function listening(child: ChildProcess): Promise<{ url: string; metrics: string }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string; metrics?: string };
        if (entry.msg?.startsWith('gateway listening') && entry.url && entry.metrics) {
          resolve({ url: entry.url, metrics: entry.metrics });
        }
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code} before listening`)));
  });
}
