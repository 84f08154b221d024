import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SecureVersion } from 'node:tls';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvError } from '../src/env.ts';
import { createInternalClient } from '../src/internal-client.ts';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from '../src/internal-token.ts';
import { loadServiceTls, type ServiceTls } from '../src/tls.ts';
import {
  type CertificateAuthority,
  createCertificateAuthority,
  type IssuedCertificate,
  issueCertificate,
} from '../src/tls-certificates.ts';

const SECRET = 'tls-test-internal-token-secret-0123456789abcdef';
const key = internalTokenKey(SECRET);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/tls-server.ts', import.meta.url));
const bun = `${root}node_modules/.bin/bun`;
const DAY = 24 * 60 * 60 * 1000;

interface Certificates {
  dir: string;
  platform: CertificateAuthority;
  /** the CA a rotation moves to */
  next: CertificateAuthority;
  stranger: CertificateAuthority;
  server: IssuedCertificate;
  gateway: IssuedCertificate;
  fromNext: IssuedCertificate;
  wrongCa: IssuedCertificate;
  expired: IssuedCertificate;
  files: Record<string, string>;
}

async function makeCertificates(): Promise<Certificates> {
  const dir = await mkdtemp(join(tmpdir(), 'ucos-tls-'));
  const [platform, next, stranger] = await Promise.all([
    createCertificateAuthority({ commonName: 'ucos test platform CA' }),
    createCertificateAuthority({ commonName: 'ucos test platform CA (next)' }),
    createCertificateAuthority({ commonName: 'somebody else' }),
  ]);
  const [server, gateway, fromNext, wrongCa, expired] = await Promise.all([
    issueCertificate(platform, { commonName: 'inventory', hosts: ['localhost', '127.0.0.1'] }),
    issueCertificate(platform, { commonName: 'gateway', usage: 'client' }),
    issueCertificate(next, { commonName: 'gateway', usage: 'client' }),
    issueCertificate(stranger, { commonName: 'gateway', usage: 'client' }),
    issueCertificate(platform, {
      commonName: 'gateway',
      usage: 'client',
      notBefore: new Date(Date.now() - 30 * DAY),
      notAfter: new Date(Date.now() - DAY),
    }),
  ]);
  const files: Record<string, string> = {};
  const write = async (name: string, text: string) => {
    files[name] = join(dir, name);
    await writeFile(files[name], text);
  };
  await Promise.all([
    write('ca.crt', platform.cert),
    write('next-ca.crt', next.cert),
    write('bundle.crt', `${platform.cert}${next.cert}`),
    write('server.crt', server.cert),
    write('server.key', server.key),
  ]);
  return { dir, platform, next, stranger, server, gateway, fromNext, wrongCa, expired, files };
}

type Outcome = { status: number; body: string } | { refused: string };

/** One HTTPS request to `url` with exactly the given client TLS: what a client sees. */
async function attempt(
  url: string,
  client: { cert?: IssuedCertificate; ca: string[]; maxVersion?: SecureVersion; token?: boolean },
): Promise<Outcome> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (client.token !== false) {
    headers[INTERNAL_TOKEN_HEADER] = await signInternalToken(key, {
      kind: 'service',
      subject: 'gateway',
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: crypto.randomUUID(),
    });
  }
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers,
        ca: client.ca,
        ...(client.cert ? { cert: client.cert.cert, key: client.cert.key } : {}),
        ...(client.maxVersion ? { maxVersion: client.maxVersion } : {}),
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', (error) => resolve({ refused: error.message }));
      },
    );
    outgoing.on('error', (error) => resolve({ refused: (error as NodeJS.ErrnoException).code ?? error.message }));
    outgoing.end('{}');
  });
}

interface Callee {
  url: string;
  close(): Promise<void>;
}

async function startCallee(command: string, env: Record<string, string>): Promise<Callee> {
  const child: ChildProcess = spawn(command, [fixture], {
    env: { PATH: process.env.PATH, INTERNAL_TOKEN_SECRET: SECRET, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the callee exited with ${code} before listening`)));
  });
  return {
    url,
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const reachedCount = (outcome: Outcome) =>
  'status' in outcome ? (JSON.parse(outcome.body) as { data: { reached: number } }).data.reached : null;

let certs: Certificates;
beforeAll(async () => {
  certs = await makeCertificates();
});
afterAll(async () => {
  if (certs) await rm(certs.dir, { recursive: true, force: true });
});

describe.each([
  { runtime: 'node', command: process.execPath, available: true },
  { runtime: 'bun', command: bun, available: existsSync(bun) },
])('a service with mutual TLS on $runtime', ({ command, available }) => {
  let callee: Callee;
  beforeAll(async () => {
    if (!available) return;
    callee = await startCallee(command, {
      TLS_CERT_FILE: certs.files['server.crt']!,
      TLS_KEY_FILE: certs.files['server.key']!,
      TLS_CA_FILE: certs.files['ca.crt']!,
    });
  }, 20_000);
  afterAll(async () => {
    await callee?.close();
  });

  it.skipIf(!available)(
    'refuses, before any request reaches it, a client with no certificate, a wrong CA, an expired one or TLS 1.2 only',
    async () => {
      const ca = [certs.platform.cert];
      const refusals = {
        'no certificate': await attempt(callee.url, { ca }),
        'wrong CA': await attempt(callee.url, { ca, cert: certs.wrongCa }),
        expired: await attempt(callee.url, { ca, cert: certs.expired }),
        'TLS 1.2 only': await attempt(callee.url, { ca, cert: certs.gateway, maxVersion: 'TLSv1.2' }),
        // a valid internal token does not stand in for the certificate
        'token, no certificate': await attempt(callee.url, { ca, token: true }),
      };
      for (const [client, outcome] of Object.entries(refusals)) {
        expect(outcome, client).toHaveProperty('refused');
      }
      // the first request that got through is the first the service ever saw
      const accepted = await attempt(callee.url, { ca, cert: certs.gateway });
      expect(accepted).toMatchObject({ status: 200 });
      expect(reachedCount(accepted)).toBe(1);
    },
  );

  it.skipIf(!available)('serves a client with a platform certificate, still behind the internal token', async () => {
    const ca = [certs.platform.cert];
    expect(await attempt(callee.url, { ca, cert: certs.gateway, token: false })).toMatchObject({ status: 401 });
    const answer = await attempt(callee.url, { ca, cert: certs.gateway });
    expect(answer).toMatchObject({ status: 200 });
    expect(JSON.parse((answer as { body: string }).body).data).toMatchObject({ ping: 'pong', caller: 'gateway' });
  });

  it.skipIf(!available)('is called by the kit internal client presenting the service certificate', async () => {
    const Ping = parse('query Ping { ping }') as TypedDocumentNode<{ ping: string }, Record<string, never>>;
    const tls: ServiceTls = {
      cert: certs.gateway.cert,
      key: certs.gateway.key,
      ca: [certs.platform.cert],
      requireClientCertificate: true,
    };
    const call = { caller: 'orders', tenantId: '00000000-0000-4000-8000-000000000001', scopes: [] };
    const client = createInternalClient(callee.url, key, { service: 'inventory', tls, retry: { attempts: 1 } });
    expect(await client.request(Ping, {}, call)).toMatchObject({ ping: 'pong', caller: 'orders' });
    // without a certificate the same call never gets an answer: SERVICE_UNAVAILABLE, as for a callee that is down
    const anonymous = createInternalClient(callee.url, key, {
      service: 'inventory',
      tls: { ...tls, cert: certs.wrongCa.cert, key: certs.wrongCa.key },
      retry: { attempts: 1 },
    });
    await expect(anonymous.request(Ping, {}, call)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it.skipIf(!available)('during a CA rotation trusts old and new CA, and a server certificate of either', async () => {
    const rotating = await startCallee(command, {
      TLS_CERT_FILE: certs.files['server.crt']!,
      TLS_KEY_FILE: certs.files['server.key']!,
      // one bundle file, or the two files comma-separated: both are read the same way
      TLS_CA_FILE: `${certs.files['ca.crt']},${certs.files['next-ca.crt']}`,
    });
    try {
      const ca = [certs.platform.cert];
      expect(await attempt(rotating.url, { ca, cert: certs.gateway })).toMatchObject({ status: 200 });
      expect(await attempt(rotating.url, { ca, cert: certs.fromNext })).toMatchObject({ status: 200 });
      expect(await attempt(rotating.url, { ca, cert: certs.wrongCa })).toHaveProperty('refused');
      // the old server keeps refusing the new CA's clients until it is rolled
      expect(await attempt(callee.url, { ca, cert: certs.fromNext })).toHaveProperty('refused');
    } finally {
      await rotating.close();
    }
  });
});

describe('loadServiceTls', () => {
  it('is off with nothing set, and refuses half a configuration', () => {
    expect(loadServiceTls({})).toBeNull();
    expect(() => loadServiceTls({ TLS_CERT_FILE: certs.files['server.crt'] })).toThrow(
      new EnvError('TLS is half configured: TLS_KEY_FILE, TLS_CA_FILE not set'),
    );
    expect(() => loadServiceTls({ TLS_CERT_FILE: '/nonexistent.crt', TLS_KEY_FILE: '/x', TLS_CA_FILE: '/y' })).toThrow(
      /TLS_CERT_FILE: cannot read \/nonexistent\.crt/,
    );
  });

  it('reads every CA of a bundle and of a list, and requires client certificates unless told off', () => {
    const files = {
      TLS_CERT_FILE: certs.files['server.crt'],
      TLS_KEY_FILE: certs.files['server.key'],
    };
    const bundled = loadServiceTls({ ...files, TLS_CA_FILE: certs.files['bundle.crt'] });
    expect(bundled?.ca).toEqual([certs.platform.cert.trim(), certs.next.cert.trim()]);
    expect(bundled?.requireClientCertificate).toBe(true);
    const listed = loadServiceTls({
      ...files,
      TLS_CA_FILE: `${certs.files['ca.crt']}, ${certs.files['next-ca.crt']}`,
      TLS_CLIENT_AUTH: 'off',
    });
    expect(listed?.ca).toEqual(bundled?.ca);
    expect(listed?.requireClientCertificate).toBe(false);
  });

  it('reads every certificate file of a folder (the Kubernetes trust folder, its rotation file optional)', async () => {
    const folder = join(certs.dir, 'trust');
    await mkdir(folder);
    await writeFile(join(folder, 'platform-ca.crt'), certs.platform.cert);
    const files = { TLS_CERT_FILE: certs.files['server.crt'], TLS_KEY_FILE: certs.files['server.key'] };
    expect(loadServiceTls({ ...files, TLS_CA_FILE: folder })?.ca).toEqual([certs.platform.cert.trim()]);
    await writeFile(join(folder, 'rotation-ca.crt'), `${certs.platform.cert}${certs.next.cert}`);
    await writeFile(join(folder, 'README'), 'not a certificate');
    expect(loadServiceTls({ ...files, TLS_CA_FILE: folder })?.ca).toEqual([
      certs.platform.cert.trim(),
      certs.platform.cert.trim(),
      certs.next.cert.trim(),
    ]);
  });
});

describe('probes with mutual TLS on the service port', () => {
  it('answers /health and /ready on the plain metrics port from the service, and metrics as before', async () => {
    const { Registry } = await import('prom-client');
    const { serveMetrics } = await import('../src/metrics.ts');
    let ready = false;
    const metrics = await serveMetrics(new Registry(), {
      port: 0,
      host: '127.0.0.1',
      probes: {
        fetch: (request: Request) =>
          new URL(request.url).pathname === '/ready' && !ready
            ? new Response('not ready', { status: 503 })
            : new Response('ok'),
      },
    });
    try {
      const base = metrics.url.replace(/\/metrics$/, '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(503);
      ready = true;
      expect(await (await fetch(`${base}/ready`)).text()).toBe('ok');
      expect((await fetch(metrics.url)).status).toBe(200);
    } finally {
      await metrics.close();
    }
  });
});
