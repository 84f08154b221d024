import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createGateway, loadConfig } from '@ucos/gateway';
import { createLogger, type RunningServer, serve } from '@ucos/kit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { STACK_SECRET, type Stack } from './stack.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface GatewayOverStack {
  url: string;
  /** an access token as identity would sign it (identity itself is not booted) */
  sign(claims: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
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
  return {
    url: server.url,
    sign: (claims) =>
      new SignJWT({ iss: 'ucos-identity', aud: 'ucos', sid: crypto.randomUUID(), ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'orders-test', typ: 'at+jwt' })
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(keys.privateKey),
    async close() {
      await server.close();
      await gateway.stop();
      await new Promise((done) => jwks.close(() => done(undefined)));
    },
  };
}
