import { fileURLToPath } from 'node:url';
import { createGateway, loadConfig, serve } from '@ucos/gateway';
import { createIdentityServer } from '@ucos/identity';
import { loadIdentityEnv } from '@ucos/identity/env';
import { generateSigningKeyJwk } from '@ucos/identity/signing-keys';
import { createIdentityWorker, loadIdentityWorkerEnv } from '@ucos/identity/worker';
import { createLogger } from '@ucos/kit';
import { startTestSmtpServer, type TestSmtpServer } from '@ucos/kit/mail/testing';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { loadNotificationsEnv } from '@ucos/notifications/env';
import { createNotificationsWorker } from '@ucos/notifications/worker';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'platform-test-internal-secret-0123456789';

export interface Platform {
  gatewayUrl: string;
  identityUrl: string;
  db: TestDatabase;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, any> }[] } }>;
  internalSecret: string;
  /** the real SMTP server identity's mail reaches (invitations, verification, password reset), sent by notifications */
  mail: TestSmtpServer;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** given to identity and the gateway, as `npm start` does */
  redisUrl?: string;
  /** more identity variables */
  identityEnv?: Record<string, string>;
  /** more gateway variables */
  gatewayEnv?: Record<string, string>;
  /** more notifications (worker) variables */
  notificationsEnv?: Record<string, string>;
}

/**
 * The real identity subgraph and the real gateway on port 0 over a fresh database, serving the
 * committed supergraph: what a client of the platform talks to.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const redis = options.redisUrl ? { REDIS_URL: options.redisUrl } : {};
  const db = await createTestDatabase([
    { schema: 'identity', directory: `${root}subgraphs/identity/migrations` },
    { schema: 'notifications', directory: `${root}subgraphs/notifications/migrations` },
  ]);
  const silent = createLogger('test', 'silent');
  const mail = await startTestSmtpServer();
  const identitySource = {
    SMTP_URL: mail.url,
    DATABASE_URL: db.appUrl,
    INTERNAL_TOKEN_SECRET: SECRET,
    AUTH_SIGNING_KEY: await generateSigningKeyJwk(),
    PASSWORD_SCRYPT_LOG_N: '12',
    NODE_ENV: 'test',
    ...redis,
    ...options.identityEnv,
  };
  const identity = await createIdentityServer(loadIdentityEnv(identitySource), silent);
  // identity's mail goes out from its worker, on the same in-process bus, as `npm start` runs it;
  // subscribed before the relay starts
  const identityWorker = await createIdentityWorker(loadIdentityWorkerEnv(identitySource), silent, {
    bus: identity.bus,
  });
  await identityWorker.start();
  // notifications renders and sends identity's mail, as in the stack
  const notifications = await createNotificationsWorker(
    loadNotificationsEnv({
      ...identitySource,
      DATABASE_URL: db.serviceUrl('notifications'),
      // a lighter poll than the unit tests': the timing tests here share the process with it
      NOTIFICATIONS_POLL_MS: '200',
      NOTIFICATIONS_RETRY_BASE_MS: '500',
      ...options.notificationsEnv,
    }),
    silent,
    identity.bus,
  );
  await notifications.start();
  await identity.start();
  const identityServer = await serve(identity.yoga, { port: 0, host: '127.0.0.1' });
  const { config } = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SUPERGRAPH_PATH: `${root}schema/supergraph.graphql`,
    INTERNAL_TOKEN_SECRET: SECRET,
    SUBGRAPH_IDENTITY_URL: identityServer.url,
    // The whole suite shares two cores, where one feed read can stall for seconds; failing closed
    // after 5 s without a read is proven by gateway/test/revocation.test.ts, and the revocations
    // here must still take effect within 5 s through the 1 s poll (and Redis).
    REVOCATION_MAX_STALE_SECONDS: '20',
    ...redis,
    ...options.gatewayEnv,
  });
  const gateway = await createGateway(config, { logger: silent });
  const gatewayServer = await serve(gateway.yoga, { port: 0, host: '127.0.0.1' });
  return {
    gatewayUrl: gatewayServer.url,
    identityUrl: identityServer.url,
    db,
    internalSecret: SECRET,
    mail,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(gatewayServer.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as any };
    },
    async close() {
      await gatewayServer.close();
      await gateway.stop();
      await identityServer.close();
      await identityWorker.close();
      await notifications.close();
      await identity.close();
      await mail.close();
      await db.drop();
    },
  };
}
