import { fileURLToPath } from 'node:url';
import { createGateway, loadConfig, serve } from '@ucos/gateway';
import { generateSigningKeyJwk } from '@ucos/identity/signing-keys';
import { createLogger, InProcessEventBus, type RunningServer, type SubgraphService } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { SUBGRAPHS } from '../src/subgraphs.ts';

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
  /** a JSON POST to the gateway, as any client (or attacker) sends it */
  gql<T = any>(query: string, variables?: unknown, headers?: Record<string, string>): Promise<GraphQLAnswer<T>>;
  /** a raw POST body to the gateway */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** signs up a tenant through the gateway; its owner's bearer header */
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
  };
  // identity, catalog and inventory first: orders and fulfillment are told where they listen
  for (const entry of SUBGRAPHS) {
    const { createService } = (await import(entry.serviceModule)) as typeof import('@ucos/identity/service');
    const service = await createService({ ...env, DATABASE_URL: db.serviceUrl(entry.name) }, { logger, bus });
    services.push(service);
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

  async function gql(query: string, variables: unknown = {}, headers: Record<string, string> = {}) {
    const response = await fetch(gatewayServer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  }

  return {
    gatewayUrl: gatewayServer.url,
    subgraphUrls: urls,
    internalSecret: SECRET,
    db,
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
      const email = `${slug}@example.com`;
      const password = 'Correct-Horse-42';
      const created = await gql(
        `mutation($input: TenantCreateInput!) { tenantCreate(input: $input) { tenant { id } errors { code message } } }`,
        { input: { name: `Shop ${slug}`, slug, ownerEmail: email, ownerPassword: password } },
      );
      const tenantId = created.body.data?.tenantCreate?.tenant?.id;
      if (!tenantId) throw new Error(`tenantCreate failed: ${JSON.stringify(created.body)}`);
      const signIn = await gql(
        `mutation($email: String!, $password: String!) { sessionCreate(input: { email: $email, password: $password }) { session { accessToken } errors { code } } }`,
        { email, password },
      );
      const token = signIn.body.data?.sessionCreate?.session?.accessToken;
      if (!token) throw new Error(`sessionCreate failed: ${JSON.stringify(signIn.body)}`);
      return { bearer: { authorization: `Bearer ${token}` }, tenantId };
    },
    async close() {
      await gatewayServer.close();
      await gateway.stop();
      for (const server of servers.reverse()) await server.close();
      for (const service of services.reverse()) await service.close();
      await bus.close();
      await db.drop();
    },
  };
}
