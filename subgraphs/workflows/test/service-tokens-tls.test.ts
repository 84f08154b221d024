import { serve, useServiceTls } from '@ucos/kit';
import { createCertificateAuthority, issueCertificate } from '@ucos/kit/tls-certificates';
import { createServerAdapter } from '@whatwg-node/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { identityServiceTokens } from '../src/ports/service-tokens.ts';

const SECRET = 'service-tokens-tls-test-secret-0123456789abcdef';
const TENANT = '00000000-0000-4000-8000-000000000001';

describe('service tokens from identity under mutual TLS', () => {
  let identity: Awaited<ReturnType<typeof serve>>;
  let workerTls: { cert: string; key: string; ca: string[]; requireClientCertificate: boolean };
  beforeAll(async () => {
    const ca = await createCertificateAuthority({ commonName: 'workflows test platform CA' });
    const [server, worker] = await Promise.all([
      issueCertificate(ca, { commonName: 'identity', hosts: ['127.0.0.1'] }),
      issueCertificate(ca, { commonName: 'worker', usage: 'client' }),
    ]);
    workerTls = { ...worker, ca: [ca.cert], requireClientCertificate: true };
    // identity's route, reduced to its answer: the handshake is what is under test
    const handler = createServerAdapter(() =>
      Response.json({ accessToken: 'token', expiresAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    identity = await serve(handler, {
      port: 0,
      host: '127.0.0.1',
      tls: { ...server, ca: [ca.cert], requireClientCertificate: true },
    });
  });
  afterEach(() => useServiceTls(null));
  afterAll(async () => {
    await identity?.close();
  });

  it('presents the process certificate, so identity answers', async () => {
    useServiceTls(workerTls);
    const tokens = identityServiceTokens({ identityUrl: identity.url, internalTokenSecret: SECRET });
    expect(await tokens.tokenFor(TENANT, 'definition-1', ['orders:read'])).toBe('token');
  });

  it('without it the handshake fails and no token is issued', async () => {
    const tokens = identityServiceTokens({ identityUrl: identity.url, internalTokenSecret: SECRET });
    await expect(tokens.tokenFor(TENANT, 'definition-1', ['orders:read'])).rejects.toThrow();
  });
});
