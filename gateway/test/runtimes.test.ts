import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ucos/kit/logger';
import { withoutBudget } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createGateway } from '../src/gateway.ts';
import { INTERNAL_SECRET } from './fixtures/echo-subgraph.ts';
import { TENANT } from './fixtures/fake-identity.ts';
import { type Stack, startStack, startUpstreams, type Upstreams } from './fixtures/stack.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const bun = `${root}node_modules/.bin/bun`;

describe('--no-auth (development, third-party subgraphs)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, ['--no-auth']);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('forwards every request as anonymous, whatever credential it carries', async () => {
    const result = await stack.query('{ whoami { kind tenantId } }', { authorization: 'Bearer garbage' });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ whoami: { kind: 'anonymous', tenantId: null } });
    expect(stack.identity.resolveCalls).toBe(0);
  });
});

describe('--compose-from-subgraphs (development)', () => {
  it('introspects the SUBGRAPH_<NAME>_URL subgraphs with a service token and serves the result', async () => {
    const upstreams = await startUpstreams();
    try {
      const { config } = loadConfig(
        {
          NODE_ENV: 'test',
          INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
          IDENTITY_URL: upstreams.identity.origin,
          SUBGRAPH_ECHO_URL: upstreams.echo.url,
        },
        ['--compose-from-subgraphs'],
      );
      const gateway = await createGateway(config, { logger: createLogger('gateway', 'silent') });
      try {
        const response = await gateway.yoga.fetch('http://gateway/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ whoami { kind } }' }),
        });
        expect(withoutBudget(await response.json())).toEqual({ data: { whoami: { kind: 'anonymous' } } });
        expect(gateway.subgraphs).toEqual([{ name: 'echo', url: upstreams.echo.url }]);
      } finally {
        await gateway.stop();
      }
    } finally {
      await upstreams.close();
    }
  });
});

/** `node gateway/src/index.ts` and `bun gateway/src/index.ts`, as an operator starts them. */
describe.each([
  { runtime: 'node', command: process.execPath, available: true },
  { runtime: 'bun', command: bun, available: existsSync(bun) },
])('the gateway process on $runtime', ({ command, available }) => {
  let upstreams: Upstreams;
  let child: ChildProcess;
  let url: string;
  let metricsUrl: string;

  beforeAll(async () => {
    if (!available) return;
    upstreams = await startUpstreams();
    child = spawn(command, [entry, '--supergraph', upstreams.supergraphPath, '--port', '0'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
        IDENTITY_URL: upstreams.identity.origin,
        METRICS_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    ({ url, metrics: metricsUrl } = await listeningUrl(child));
  }, 20_000);
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await upstreams?.close();
  });

  it.skipIf(!available)('serves a federated query for a signed-in user, then stops cleanly on SIGTERM', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await upstreams.identity.token()}`,
      },
      body: JSON.stringify({ query: '{ whoami { kind tenantId clientAddress } }' }),
    });
    // the socket's address, as this runtime's server reports it, reaches the subgraph
    expect(withoutBudget(await response.json())).toEqual({
      data: { whoami: { kind: 'user', tenantId: TENANT, clientAddress: '127.0.0.1' } },
    });
    expect((await fetch(url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    expect(await (await fetch(metricsUrl)).text()).toMatch(/ucos_graphql_requests_total\{[^}]*operation="other"/);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

function listeningUrl(child: ChildProcess): Promise<{ url: string; metrics: string }> {
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
