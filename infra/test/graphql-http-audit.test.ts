import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from '@ucos/kit';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

function failures(results: Awaited<ReturnType<typeof auditServer>>) {
  return results
    .filter((result) => result.status !== 'ok' && !result.name.startsWith('MAY'))
    .map((result) => `${result.name}: ${result.status === 'ok' ? '' : result.reason}`);
}

describe('graphql-http audit (GraphQL over HTTP)', () => {
  it('passes every MUST and SHOULD on the gateway', async () => {
    expect(failures(await auditServer({ url: platform.gatewayUrl }))).toEqual([]);
  });

  it('passes every MUST and SHOULD on the identity subgraph (with an internal token)', async () => {
    const token = await signInternalToken(internalTokenKey(platform.internalSecret), {
      kind: 'anonymous',
      subject: null,
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: 'audit',
    });
    const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set(INTERNAL_TOKEN_HEADER, token);
      return fetch(input, { ...init, headers });
    };
    expect(failures(await auditServer({ url: platform.identityUrl, fetchFn }))).toEqual([]);
  });
});
