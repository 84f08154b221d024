import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT } from './fixtures/fake-identity.ts';
import { type Stack, startStack } from './fixtures/stack.ts';

/**
 * The gateway's side of revocation against a fake identity whose feed a test controls; the real
 * chain (identity records, feed, Redis) is proven in infra/test/revocation.test.ts.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ REVOCATION_POLL_MS: '100', REVOCATION_MAX_STALE_SECONDS: '2' });
});
afterAll(async () => {
  await stack?.close();
});

const WHOAMI = '{ whoami { kind subject } }';
const later = () => new Date(Date.now() + 60_000).toISOString();

async function until(check: () => Promise<boolean>, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe('access tokens against the revocation list', () => {
  it('refuses a token without a session id: it could never be revoked', async () => {
    const token = await stack.identity.token({ sid: undefined });
    const result = await stack.query(WHOAMI, { authorization: `Bearer ${token}` });
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('refuses a revoked session and an outdated grants version, and nothing else', async () => {
    const revokedSid = crypto.randomUUID();
    const subject = crypto.randomUUID();
    const other = crypto.randomUUID();
    const revoked = `Bearer ${await stack.identity.token({ sid: revokedSid, sub: other })}`;
    const outdated = `Bearer ${await stack.identity.token({ sub: subject, sv: 1 })}`;
    const current = `Bearer ${await stack.identity.token({ sub: subject, sv: 2 })}`;
    const otherTenant = `Bearer ${await stack.identity.token({ sub: subject, sv: 1, tid: crypto.randomUUID() })}`;
    stack.identity.revocations = [
      { sessionId: revokedSid, expiresAt: later() },
      { tenantId: TENANT, subjectId: subject, version: 2, reason: 'TOKEN_OUTDATED', expiresAt: later() },
    ];
    try {
      const refusedWith = async (authorization: string) =>
        (await stack.query(WHOAMI, { authorization })).body.errors?.[0]?.extensions?.reason;
      expect(await until(async () => (await refusedWith(revoked)) === 'SESSION_REVOKED')).toBe(true);
      expect(await refusedWith(outdated)).toBe('TOKEN_OUTDATED');
      for (const fine of [current, otherTenant]) {
        const answer = await stack.query(WHOAMI, { authorization: fine });
        expect(answer.status).toBe(200);
        expect(answer.body.data?.whoami).toEqual({ kind: 'user', subject });
      }
    } finally {
      stack.identity.revocations = [];
    }
  });

  it('answers 503, not a guess, while the feed cannot be read; recovers when it can', async () => {
    const authorization = `Bearer ${await stack.identity.token()}`;
    stack.identity.feedStatus = 500;
    try {
      expect(await until(async () => (await stack.query(WHOAMI, { authorization })).status === 503, 5000)).toBe(true);
      const refused = await stack.query(WHOAMI, { authorization });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(refused.headers.get('retry-after')).toBe('1');
      // credentials that do not depend on the list are unaffected
      expect((await stack.query(WHOAMI)).status).toBe(200);
    } finally {
      stack.identity.feedStatus = 200;
    }
    expect(await until(async () => (await stack.query(WHOAMI, { authorization })).status === 200)).toBe(true);
  });
});
