import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { createCertificateAuthority, type IssuedCertificate, issueCertificate } from '@ucos/kit/tls-certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A real subgraph (`subgraphs/catalog/src/index.ts`) started on its own with TLS_* set, on Node and
 * on Bun, as a Kubernetes pod runs it: `runStandalone` serves its GraphQL port with mutual TLS, and
 * its metrics port answers the probes that have no certificate.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = `${root}subgraphs/catalog/src/index.ts`;
const bun = `${root}node_modules/.bin/bun`;
const SECRET = 'standalone-tls-test-internal-secret-0123456789';

let db: TestDatabase;
let dir: string;
let caCert: string;
let gateway: IssuedCertificate;
const env: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase([{ schema: 'catalog', directory: `${root}subgraphs/catalog/migrations` }]);
  dir = await mkdtemp(join(tmpdir(), 'ucos-standalone-tls-'));
  const ca = await createCertificateAuthority({ commonName: 'standalone test platform CA' });
  const catalog = await issueCertificate(ca, { commonName: 'catalog', hosts: ['127.0.0.1'] });
  gateway = await issueCertificate(ca, { commonName: 'gateway', usage: 'client' });
  caCert = ca.cert;
  for (const [variable, name, text] of [
    ['TLS_CERT_FILE', 'catalog.crt', catalog.cert],
    ['TLS_KEY_FILE', 'catalog.key', catalog.key],
    ['TLS_CA_FILE', 'ca.crt', ca.cert],
  ] as const) {
    env[variable] = join(dir, name);
    await writeFile(env[variable], text);
  }
}, 60_000);
afterAll(async () => {
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function get(url: string, client?: IssuedCertificate): Promise<number | string> {
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      { agent: false, ca: caCert, ...(client ? { cert: client.cert, key: client.key } : {}) },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
    outgoing.end();
  });
}

function logLine(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { msg?: string; url?: string };
        if (parsed.msg?.startsWith(prefix) && parsed.url) resolve(parsed.url);
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before "${prefix}"`)));
  });
}

describe.each([
  { runtime: 'node', command: process.execPath, available: true },
  { runtime: 'bun', command: bun, available: existsSync(bun) },
])('a subgraph with TLS_* set, on $runtime', ({ command, available }) => {
  it.skipIf(!available)(
    'serves HTTPS to platform certificates only, and answers probes on its plain metrics port',
    async () => {
      const child = spawn(command, [entry], {
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          DATABASE_URL: db.serviceUrl('catalog'),
          INTERNAL_TOKEN_SECRET: SECRET,
          PORT: '0',
          METRICS_PORT: '0',
          LOG_LEVEL: 'info',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      try {
        const [url, metrics] = await Promise.all([
          logLine(child, 'catalog subgraph listening on'),
          logLine(child, 'catalog metrics on'),
        ]);
        expect(url).toMatch(/^https:\/\//);
        const ready = url.replace(/\/graphql$/, '/ready');
        // no certificate: a TLS error (its code), never an HTTP status
        expect(await get(ready)).toEqual(expect.any(String));
        expect(await get(ready, gateway)).toBe(200);
        // the kubelet's probes: plain HTTP on the metrics port, from the same service
        const probes = metrics.replace(/\/metrics$/, '');
        expect((await fetch(`${probes}/ready`)).status).toBe(200);
        expect((await fetch(`${probes}/health`)).status).toBe(200);
      } finally {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
    60_000,
  );
});

describe('half a TLS configuration', () => {
  it('stops the subgraph at boot instead of serving plain HTTP', async () => {
    const child = spawn(process.execPath, [entry], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: db.serviceUrl('catalog'),
        INTERNAL_TOKEN_SECRET: SECRET,
        PORT: '0',
        TLS_CERT_FILE: env.TLS_CERT_FILE ?? '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
    });
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('TLS is half configured: TLS_KEY_FILE, TLS_CA_FILE not set');
    expect(stdout).not.toContain('listening on');
  }, 30_000);
});
