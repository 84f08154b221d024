import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGateway, loadConfig, serve } from '@ucos/gateway';
import { generateSigningKeyJwk } from '@ucos/identity/signing-keys';
import {
  createLogger,
  holdDataChangeAnnouncer,
  InProcessEventBus,
  metricsRegistryOf,
  pipelineMetrics,
  type RunningServer,
  type SubgraphService,
  type WorkerFactory,
  type WorkerService,
  workerMetrics,
} from '@ucos/kit';
import { startTestSmtpServer, type TestSmtpServer } from '@ucos/kit/mail/testing';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { Registry } from 'prom-client';
import { SUBGRAPHS } from '../src/subgraphs.ts';
import { signUpByMail } from './sign-up.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'whole-platform-internal-secret-0123456789';

export interface GraphQLAnswer<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: unknown[]; extensions?: Record<string, any> }[] };
}

export interface WholePlatform {
  gatewayUrl: string;
  /** each subgraph's GraphQL URL, reached directly (as only the gateway should) */
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  db: TestDatabase;
  /** the real SMTP server identity mails to (sign-up links, invitations, resets) */
  mail: TestSmtpServer;
  /**
   * What each role's internal metrics port would serve, by Prometheus job (`ucos-gateway`,
   * `ucos-<subgraph>`); the process's pipeline, pool and worker metrics come with identity's, as in
   * the one-process stack.
   */
  metrics: Record<string, Registry>;
  /** the worker tier's workers (one per domain that has one), started on the platform's bus */
  workers: WorkerService[];
  /** a JSON POST to the gateway, as any client (or attacker) sends it */
  gql<T = any>(query: string, variables?: unknown, headers?: Record<string, string>): Promise<GraphQLAnswer<T>>;
  /** a raw POST body to the gateway */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** signs up a tenant through the gateway (and the link mailed to its owner); the owner's bearer header */
  tenant(slug: string): Promise<{ bearer: Record<string, string>; tenantId: string }>;
  close(): Promise<void>;
}

/**
 * All five real subgraphs (each on its own port, one in-process bus, one fresh database) and the
 * real gateway serving the committed supergraph: the platform an outside caller talks to.
 */
export async function startWholePlatform(gatewayEnv: Record<string, string> = {}): Promise<WholePlatform> {
  const db = await createTestDatabase(
    SUBGRAPHS.map((entry) => ({ schema: entry.name, directory: `${root}${entry.migrations}` })),
  );
  const logger = createLogger('whole-platform', process.env.DBG ? 'debug' : 'silent');
  const bus = new InProcessEventBus({ logger });
  // with Redis the services announce their commits there, as the stack's processes do (`data-changes.ts`)
  const releaseAnnouncer = gatewayEnv.REDIS_URL
    ? holdDataChangeAnnouncer(gatewayEnv.REDIS_URL, logger)
    : async () => {};
  const mail = await startTestSmtpServer();
  const services: SubgraphService[] = [];
  const servers: RunningServer[] = [];
  const urls: Record<string, string> = {};
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '4',
    INTERNAL_TOKEN_SECRET: SECRET,
    AUTH_SIGNING_KEY: await generateSigningKeyJwk(),
    PASSWORD_SCRYPT_LOG_N: '12',
    SMTP_URL: mail.url,
    // catalog's uploaded images, in a folder of this platform's own
    MEDIA_DIR: await mkdtemp(join(tmpdir(), 'ucos-media-')),
    // plugins' action hooks retry within a test's patience
    PLUGIN_ACTION_BACKOFF_MS: '200',
  };
  // plugins first (it calls nobody; every domain with hook points is told where it listens), then
  // identity, catalog and inventory: orders and fulfillment are told where they listen
  const startOrder = [...SUBGRAPHS].sort((a, b) => Number(b.name === 'plugins') - Number(a.name === 'plugins'));
  const serviceOf = new Map<string, SubgraphService>();
  for (const entry of startOrder) {
    const { createService } = (await import(entry.serviceModule)) as typeof import('@ucos/identity/service');
    // each subgraph connects as its own database role, as in production
    const service = await createService({ ...env, DATABASE_URL: db.serviceUrl(entry.name) }, { logger, bus });
    services.push(service);
    serviceOf.set(entry.name, service);
    await service.start();
    const server = await serve(service.yoga, { port: 0, host: '127.0.0.1' });
    servers.push(server);
    urls[entry.name] = server.url;
    env[`${entry.name.toUpperCase()}_SUBGRAPH_URL`] = server.url;
  }
  const { config } = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SUPERGRAPH_PATH: `${root}schema/supergraph.graphql`,
    INTERNAL_TOKEN_SECRET: SECRET,
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url])),
    ...gatewayEnv,
  });
  const gateway = await createGateway(config, { logger });
  const gatewayServer = await serve(gateway.yoga, { port: 0, host: '127.0.0.1' });
  // the worker tier on the same bus, as the one-process stack runs it (identity's mail, sweepers,
  // workflow runs); workflow `action` steps call the platform through the gateway, so it comes first
  env.GATEWAY_URL = gatewayServer.url;
  const workers: WorkerService[] = [];
  for (const entry of SUBGRAPHS) {
    if (!entry.workerModule) continue;
    const { createWorker } = (await import(entry.workerModule)) as { createWorker: WorkerFactory };
    const worker = await createWorker({ ...env, DATABASE_URL: db.serviceUrl(entry.name) }, { logger, bus });
    workers.push(worker);
    await worker.start();
  }

  async function gql(query: string, variables: unknown = {}, headers: Record<string, string> = {}) {
    const response = await fetch(gatewayServer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  }

  const metrics: Record<string, Registry> = { 'ucos-gateway': gateway.metrics };
  for (const [index, entry] of SUBGRAPHS.entries()) {
    const own = metricsRegistryOf(serviceOf.get(entry.name)!.yoga);
    if (!own) continue;
    metrics[`ucos-${entry.name}`] =
      index === 0 ? Registry.merge([own, pipelineMetrics().registry, workerMetrics().registry]) : own;
  }

  return {
    gatewayUrl: gatewayServer.url,
    subgraphUrls: urls,
    internalSecret: SECRET,
    db,
    mail,
    metrics,
    workers,
    gql,
    async post(body, headers = {}) {
      const response = await fetch(gatewayServer.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body,
      });
      return { status: response.status, text: await response.text() };
    },
    async tenant(slug) {
      const { tenantId, session } = await signUpByMail(gql, mail, {
        slug,
        email: `${slug}@example.com`,
        password: 'Correct-Horse-42',
      });
      return { bearer: { authorization: `Bearer ${session.accessToken}` }, tenantId };
    },
    async close() {
      await gatewayServer.close();
      await gateway.stop();
      for (const server of servers.reverse()) await server.close();
      for (const worker of workers.reverse()) await worker.close();
      for (const service of services.reverse()) await service.close();
      await releaseAnnouncer();
      await bus.close();
      await mail.close();
      await db.drop();
      await rm(env.MEDIA_DIR!, { recursive: true, force: true });
    },
  };
}
