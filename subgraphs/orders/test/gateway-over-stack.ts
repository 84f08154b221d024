import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createGateway, loadConfig } from '@ucos/gateway';
import { createLogger, type RunningServer, serve } from '@ucos/kit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import pg from 'pg';
import { STACK_SECRET, type Stack } from './stack.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export type GatewayCall = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;

export interface GatewayOverStack {
  url: string;
  /** an access token as identity would sign it (identity itself is not booted) */
  sign(claims: Record<string, unknown>): Promise<string>;
  /** calls the gateway with a bearer token of these claims (`sub`, `tid`, `rol`, `scp`, `knd`) */
  as(claims: Record<string, unknown>): GatewayCall;
  close(): Promise<void>;
}

/**
 * Counts the statements each service sends, told apart by the application_name its connections carry
 * (`startStack` names them), until `restore()`.
 */
export function countStatementsPerService() {
  const counts = new Map<string, number>();
  const originalQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (
    this: pg.Client & { connectionParameters?: { application_name?: string } },
    ...args: never[]
  ) {
    const name = this.connectionParameters?.application_name ?? 'other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return (originalQuery as (...a: never[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  return {
    counts,
    restore() {
      pg.Client.prototype.query = originalQuery;
    },
  };
}

export const STACK_SERVICES = ['orders', 'catalog', 'inventory', 'fulfillment'] as const;

/**
 * Statements per service for one request. Relays, consumers and inventory's sweeper poll in the
 * background (a few statements every 200-500 ms), so the least of several runs is the request's own
 * cost; the first run warms plans, pools and the JWKS.
 */
export async function leastStatements<Result>(counts: Map<string, number>, request: () => Promise<Result>) {
  let result = await request();
  const least: Record<string, number> = {};
  for (let run = 0; run < 7; run++) {
    counts.clear();
    result = await request();
    for (const service of STACK_SERVICES) {
      least[service] = Math.min(least[service] ?? Number.POSITIVE_INFINITY, counts.get(service) ?? 0);
    }
  }
  return { result, counts: least };
}

/**
 * The real gateway serving the committed supergraph over a running catalog/inventory/orders/
 * fulfillment stack, with a stand-in JWKS so tests can mint bearer tokens.
 */
export async function startGatewayOver(stack: Stack): Promise<GatewayOverStack> {
  const keys = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'orders-test', alg: 'EdDSA', use: 'sig' };
  const jwks = createServer((request, response) => {
    // identity's two answers the gateway needs: its keys, and a revocation feed where nothing is revoked
    const body = request.url?.startsWith('/internal/session-revocations')
      ? { asOf: new Date().toISOString(), records: [] }
      : { keys: [jwk] };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const { port } = jwks.address() as AddressInfo;
  const { config } = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SUPERGRAPH_PATH: `${root}schema/supergraph.graphql`,
    INTERNAL_TOKEN_SECRET: STACK_SECRET,
    IDENTITY_URL: `http://127.0.0.1:${port}`,
    SUBGRAPH_IDENTITY_URL: 'http://127.0.0.1:9/graphql',
    SUBGRAPH_CATALOG_URL: stack.urls.catalog,
    SUBGRAPH_INVENTORY_URL: stack.urls.inventory,
    SUBGRAPH_ORDERS_URL: stack.urls.orders,
    SUBGRAPH_FULFILLMENT_URL: stack.urls.fulfillment,
  });
  const gateway = await createGateway(config, { logger: createLogger('gateway', 'silent') });
  const server: RunningServer = await serve(gateway.yoga, { port: 0, host: '127.0.0.1' });
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT({ iss: 'ucos-identity', aud: 'ucos', sid: crypto.randomUUID(), ...claims })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'orders-test', typ: 'at+jwt' })
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(keys.privateKey);
  return {
    url: server.url,
    sign,
    as: (claims) => {
      // one token per caller, as a client holds one, so a caller's timings are the requests' own
      const token = sign(claims);
      return async (query, variables = {}) => {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
            authorization: `Bearer ${await token}`,
          },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as Awaited<ReturnType<GatewayCall>>;
      };
    },
    async close() {
      await server.close();
      await gateway.stop();
      await new Promise((done) => jwks.close(() => done(undefined)));
    },
  };
}
