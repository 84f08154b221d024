import { randomUUID } from 'node:crypto';
import { identityServiceTokens } from '@ucos/workflows/service-tokens';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './platform.ts';

// A workflow's `action` steps call the public gateway as the workflow itself: the worker asks
// identity for a short-lived access token (subgraphs/identity/src/service-tokens.ts), and the
// gateway must accept it like any identity-issued access token.

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform();
}, 120_000);
afterAll(async () => {
  await platform?.close();
});

describe('a workflow service identity', () => {
  it('gets an access token from identity that the gateway accepts (and a forged one is refused)', async () => {
    const tokens = identityServiceTokens({
      identityUrl: platform.identityUrl,
      internalTokenSecret: platform.internalSecret,
    });
    const token = await tokens.tokenFor(randomUUID(), randomUUID(), ['orders:manage', 'identity:users']);
    expect(await tokens.tokenFor(randomUUID(), randomUUID(), ['orders:manage'])).not.toBe(token);
    const accepted = await platform.gql('{ __typename }', {}, { authorization: `Bearer ${token}` });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toEqual({ __typename: 'Query' });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims).toMatchObject({ scp: ['orders:manage'] });
    expect(claims.sub).toMatch(/^workflow:/);
    const forged = Buffer.from(JSON.stringify({ ...claims, scp: ['identity:users'] })).toString('base64url');
    const refused = await platform.gql(
      '{ __typename }',
      {},
      { authorization: `Bearer ${header}.${forged}.${signature}` },
    );
    expect(refused.status).toBe(401);
  });
});
