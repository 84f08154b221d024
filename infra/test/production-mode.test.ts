import { randomUUID } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/** The platform as NODE_ENV=production runs it, probed as an outsider would. */
let platform: WholePlatform;
let owner: Record<string, string>;

beforeAll(async () => {
  platform = await startWholePlatform({ NODE_ENV: 'production', CORS_ORIGINS: 'https://shop.example.com' });
  owner = (await platform.tenant('prod-shop')).bearer;
}, 120_000);
afterAll(() => platform?.close());

describe('production mode', () => {
  it('serves no GraphiQL to a browser', async () => {
    const response = await fetch(platform.gatewayUrl, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(text).not.toMatch(/graphiql/i);
  });

  it('does not serve the API reference (it is published as static files instead)', async () => {
    const response = await fetch(new URL('/docs/index.html', platform.gatewayUrl));
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await response.text()).not.toContain('API reference');
  });

  it('refuses introspection to anonymous callers', async () => {
    const answer = await platform.gql(`{ __schema { queryType { name } } }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
  });

  it('gives nobody "Did you mean" hints, not even a signed-in developer', async () => {
    for (const headers of [{}, owner]) {
      const answer = await platform.gql(`{ viewr { kind } membrs { totalCount } }`, {}, headers);
      expect(answer.status).toBe(400);
      const messages = (answer.body.errors ?? []).map((error) => error.message).join('\n');
      expect(messages).toContain('Cannot query field "viewr"');
      expect(messages).not.toMatch(/Did you mean/);
    }
  });

  it('a subgraph called directly with a valid internal token gives no hints either', async () => {
    const token = await signInternalToken(internalTokenKey(platform.internalSecret), {
      kind: 'anonymous',
      subject: null,
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: randomUUID(),
    });
    for (const url of Object.values(platform.subgraphUrls)) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query: '{ _servic { sdl } }' }),
      });
      const text = await response.text();
      expect(text, url).toContain('Cannot query field');
      expect(text, url).not.toMatch(/Did you mean/);
    }
  });

  it('answers malformed JSON without the parser internals', async () => {
    const answer = await platform.post('{"query": "{ __typename }", ');
    expect(answer.status).toBe(400);
    expect(answer.text).not.toMatch(/position \d+|SyntaxError|is not valid JSON|__typename/);
  });

  it('allows the configured browser origin only', async () => {
    const preflight = (origin: string) =>
      fetch(platform.gatewayUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://shop.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
    const refused = await preflight('https://evil.example.net');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.net');
  });
});
