import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SecureVersion } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ucos/kit/logger';
import { type CertificateAuthority, createCertificateAuthority, issueCertificate } from '@ucos/kit/tls-certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createGateway } from '../src/gateway.ts';
import { INTERNAL_SECRET } from './fixtures/echo-subgraph.ts';
import { TENANT } from './fixtures/fake-identity.ts';
import { startUpstreams, type Upstreams } from './fixtures/stack.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const bun = `${root}node_modules/.bin/bun`;

interface Pki {
  dir: string;
  /** signs the gateway's public certificate (a public CA in production) */
  publicCa: CertificateAuthority;
  platformCa: CertificateAuthority;
  /** the gateway's environment for both certificates */
  env: Record<string, string>;
}

/**
 * A platform CA with the subgraphs' and the gateway's service certificates (files, as an operator
 * mounts them), and a separate public CA for the gateway's HTTPS certificate.
 */
async function makePki(): Promise<Pki & { upstreamTls: { cert: string; key: string; ca: string[] } }> {
  const dir = await mkdtemp(join(tmpdir(), 'ucos-gateway-tls-'));
  const [publicCa, platformCa] = await Promise.all([
    createCertificateAuthority({ commonName: 'test public CA' }),
    createCertificateAuthority({ commonName: 'test platform CA' }),
  ]);
  const [site, gatewayService, upstream] = await Promise.all([
    issueCertificate(publicCa, { commonName: 'shop.example', hosts: ['localhost', '127.0.0.1'], usage: 'server' }),
    issueCertificate(platformCa, { commonName: 'gateway', usage: 'client' }),
    issueCertificate(platformCa, { commonName: 'echo', hosts: ['localhost', '127.0.0.1'] }),
  ]);
  const files = {
    GATEWAY_TLS_CERT_FILE: [site.cert, 'site.crt'],
    GATEWAY_TLS_KEY_FILE: [site.key, 'site.key'],
    TLS_CERT_FILE: [gatewayService.cert, 'gateway.crt'],
    TLS_KEY_FILE: [gatewayService.key, 'gateway.key'],
    TLS_CA_FILE: [platformCa.cert, 'platform-ca.crt'],
  } as const;
  const env: Record<string, string> = {};
  for (const [variable, [text, name]] of Object.entries(files)) {
    env[variable] = join(dir, name);
    await writeFile(env[variable], text);
  }
  return {
    dir,
    publicCa,
    platformCa,
    env,
    upstreamTls: { cert: upstream.cert, key: upstream.key, ca: [platformCa.cert] },
  };
}

/** A client of the public door: trusts the public CA only, presents no certificate. */
function post(
  url: string,
  body: unknown,
  options: { ca: string; headers?: Record<string, string>; maxVersion?: SecureVersion },
): Promise<{ status: number; body: unknown; protocol: string | null } | { refused: string }> {
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent: false,
        ca: options.ca,
        headers: { 'content-type': 'application/json', ...options.headers },
        ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => {
          const protocol = (response.socket as import('node:tls').TLSSocket).getProtocol?.() ?? null;
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), protocol });
        });
      },
    );
    outgoing.on('error', (error) => resolve({ refused: (error as NodeJS.ErrnoException).code ?? error.message }));
    outgoing.end(JSON.stringify(body));
  });
}

let pki: Awaited<ReturnType<typeof makePki>>;
let upstreams: Upstreams;
beforeAll(async () => {
  pki = await makePki();
  upstreams = await startUpstreams({ tls: { ...pki.upstreamTls, requireClientCertificate: true } });
});
afterAll(async () => {
  await upstreams?.close();
  if (pki) await rm(pki.dir, { recursive: true, force: true });
});

/** The gateway process as an operator starts it, with its public certificate and its service certificate. */
describe.each([
  { runtime: 'node', command: process.execPath, available: true },
  { runtime: 'bun', command: bun, available: existsSync(bun) },
])('the gateway over TLS on $runtime', ({ command, available }) => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    if (!available) return;
    child = spawn(command, [entry, '--supergraph', upstreams.supergraphPath, '--port', '0'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
        IDENTITY_URL: upstreams.identity.origin,
        ...pki.env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await listeningUrl(child);
  }, 20_000);
  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it.skipIf(!available)(
    'serves HTTPS with TLS 1.3 and answers a signed-in federated query through mTLS to the subgraph',
    async () => {
      expect(url).toMatch(/^https:\/\//);
      const answer = await post(
        url,
        { query: '{ whoami { kind tenantId } }' },
        { ca: pki.publicCa.cert, headers: { authorization: `Bearer ${await upstreams.identity.token()}` } },
      );
      // the bearer token was checked against the JWKS fetched from identity over mTLS, the query
      // planned and sent to the echo subgraph over mTLS
      expect(answer).toMatchObject({
        status: 200,
        protocol: 'TLSv1.3',
        body: { data: { whoami: { kind: 'user', tenantId: TENANT } } },
      });
    },
  );

  it.skipIf(!available)('refuses a TLS 1.2 client at the public door', async () => {
    const answer = await post(url, { query: '{ __typename }' }, { ca: pki.publicCa.cert, maxVersion: 'TLSv1.2' });
    expect(answer).toHaveProperty('refused');
  });
});

describe('a gateway without TLS configured', () => {
  it('cannot reach a subgraph that requires a platform certificate: SERVICE_UNAVAILABLE, no data', async () => {
    const { config } = loadConfig({ NODE_ENV: 'test', INTERNAL_TOKEN_SECRET: INTERNAL_SECRET }, [
      '--supergraph',
      upstreams.supergraphPath,
      '--port',
      '0',
      '--no-auth',
    ]);
    expect(config.tls).toEqual({ public: null, service: null });
    const gateway = await createGateway(config, { logger: createLogger('gateway', 'silent') });
    try {
      const response = await gateway.yoga.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ whoami { kind } }' }),
      });
      const body = (await response.json()) as { data: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeNull();
      expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await gateway.stop();
    }
  });
});

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg?.startsWith('gateway listening') && entry.url) resolve(entry.url);
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code} before listening`)));
  });
}
