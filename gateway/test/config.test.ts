import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, EnvError, loadConfig } from '../src/config.ts';

const SECRET = 'a-secret-that-is-at-least-32-characters-long';

describe('loadConfig', () => {
  it('has documented defaults', () => {
    const { config, help } = loadConfig({ INTERNAL_TOKEN_SECRET: SECRET });
    expect(help).toBe(false);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      host: '127.0.0.1',
      limits: DEFAULT_LIMITS,
      subgraphPoolConnections: 16,
      subgraphTimeoutMs: 30_000,
      allowIntrospection: true,
      authDisabled: false,
      composeFromSubgraphs: false,
      corsOrigins: ['*'],
      requestTimeoutMs: 8000,
      mutationTimeoutMs: 30_000,
      trustedProxies: [],
      metrics: { port: 9400, host: '127.0.0.1', topTenants: 10, topTenantsWindowSeconds: 60 },
      rateLimit: {
        points: 1_000_000,
        storefrontClientPoints: 150_000,
        storefrontKeyPoints: 5_000_000,
        anonymousPoints: 20_000,
        maxRequestPoints: 60_000,
        windowSeconds: 60,
      },
    });
    expect(config.supergraphPath).toMatch(/schema\/supergraph\.graphql$/);
    expect(DEFAULT_LIMITS).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxTokens: 2000,
      maxCost: 20_000,
      maxDirectives: 50,
    });
  });

  it('follows revocations every second (polls slower than 4 s are refused) and bounds the staleness', () => {
    expect(loadConfig({ INTERNAL_TOKEN_SECRET: SECRET }).config.revocation).toEqual({
      pollMs: 1000,
      maxStaleSeconds: 5,
    });
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, REVOCATION_POLL_MS: '10000' })).toThrow(
      /REVOCATION_POLL_MS/,
    );
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, REVOCATION_MAX_STALE_SECONDS: '0' })).toThrow(
      /REVOCATION_MAX_STALE_SECONDS/,
    );
  });

  it('runs one process unless GATEWAY_WORKERS asks for more (auto: one per core), and needs a fixed port for them', () => {
    expect(loadConfig({ INTERNAL_TOKEN_SECRET: SECRET }).config.workers).toBe(1);
    expect(loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, GATEWAY_WORKERS: '3' }).config.workers).toBe(3);
    expect(loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, GATEWAY_WORKERS: 'auto' }).config.workers).toBe(
      availableParallelism(),
    );
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, GATEWAY_WORKERS: '0' })).toThrow(EnvError);
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, GATEWAY_WORKERS: 'many' })).toThrow(EnvError);
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, GATEWAY_WORKERS: '2' }, ['--port', '0'])).toThrow(
      'GATEWAY_WORKERS > 1 needs a fixed port',
    );
  });

  it('closes up in production: no introspection for everyone, listens on all interfaces', () => {
    const { config } = loadConfig({
      NODE_ENV: 'production',
      INTERNAL_TOKEN_SECRET: SECRET,
      CORS_ORIGINS: 'https://shop.example.com',
    });
    expect(config.allowIntrospection).toBe(false);
    expect(config.host).toBe('0.0.0.0');
    expect(config.corsOrigins).toEqual(['https://shop.example.com']);
  });

  it('refuses to start in production without CORS_ORIGINS', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: SECRET })).toThrow(
      /CORS_ORIGINS: required when NODE_ENV=production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: SECRET, CORS_ORIGINS: ' ' })).toThrow(
      /CORS_ORIGINS: required/,
    );
  });

  it('takes limits, URLs and flags from the environment, and the command line over it', () => {
    const { config } = loadConfig(
      {
        INTERNAL_TOKEN_SECRET: SECRET,
        PORT: '5000',
        MAX_DEPTH: '20',
        MAX_COST: '50000',
        ALLOW_INTROSPECTION: 'false',
        SUBGRAPH_IDENTITY_URL: 'http://10.0.0.2:4001/graphql',
        SUBGRAPH_POOL_CONNECTIONS: '4',
        CORS_ORIGINS: 'https://shop.example, https://admin.example',
      },
      ['--supergraph', '/tmp/other.graphql', '--port', '0'],
    );
    expect(config.port).toBe(0);
    expect(config.supergraphPath).toBe('/tmp/other.graphql');
    expect(config.limits.maxDepth).toBe(20);
    expect(config.limits.maxCost).toBe(50_000);
    expect(config.allowIntrospection).toBe(false);
    expect(config.subgraphPoolConnections).toBe(4);
    expect(config.subgraphUrls).toEqual({ IDENTITY: 'http://10.0.0.2:4001/graphql' });
    expect(config.corsOrigins).toEqual(['https://shop.example', 'https://admin.example']);
  });

  it('--no-auth works in development without a secret', () => {
    const { config } = loadConfig({}, ['--no-auth']);
    expect(config.authDisabled).toBe(true);
    expect(config.internalTokenSecret).toBeUndefined();
  });

  it('refuses --no-auth and AUTH_DISABLED when NODE_ENV=production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: SECRET }, ['--no-auth'])).toThrow(
      /--no-auth \/ AUTH_DISABLED is refused when NODE_ENV=production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: SECRET, AUTH_DISABLED: 'true' })).toThrow(
      ConfigError,
    );
  });

  it('refuses composing from running subgraphs in production, or with none named', () => {
    const env = { NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: SECRET, SUBGRAPH_IDENTITY_URL: 'http://x:1/graphql' };
    expect(() => loadConfig(env, ['--compose-from-subgraphs'])).toThrow(/refused when NODE_ENV=production/);
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET }, ['--compose-from-subgraphs'])).toThrow(
      /needs at least one SUBGRAPH_<NAME>_URL/,
    );
  });

  it('lists every configuration problem at once', () => {
    let message = '';
    try {
      loadConfig({ SUBGRAPH_CATALOG_URL: 'not a url' }, ['--port', '99999']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SUBGRAPH_CATALOG_URL: not a URL/);
    expect(message).toMatch(/INTERNAL_TOKEN_SECRET: required/);
    expect(message).toMatch(/--port: not a port number/);
  });

  it('rejects malformed values and unknown flags', () => {
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: 'short' })).toThrow(EnvError);
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, MAX_DEPTH: '-1' })).toThrow(/MAX_DEPTH/);
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET }, ['--frobnicate'])).toThrow(ConfigError);
  });

  it('takes trusted proxies as addresses and CIDR ranges, and refuses anything else', () => {
    const { config } = loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, TRUSTED_PROXIES: ' 10.0.0.0/8, ::1 ,fd00::/8' });
    expect(config.trustedProxies).toEqual(['10.0.0.0/8', '::1', 'fd00::/8']);
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: SECRET, TRUSTED_PROXIES: '10.0.0.0/33,proxy.local' })).toThrow(
      /TRUSTED_PROXIES: "10.0.0.0\/33"[\s\S]*TRUSTED_PROXIES: "proxy.local"/,
    );
  });
});
