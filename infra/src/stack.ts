import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePlatformDatabase } from './database.ts';
import { localSecrets } from './local-secrets.ts';
import { type Runtime, type Service, startService, stopService, waitUntilReady } from './processes.ts';
import { routingUrl, SUBGRAPHS } from './subgraphs.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface StackOptions {
  runtime: Runtime;
  gatewayPort: number;
  /** the folder for local state: embedded database, generated secrets */
  stateDir: string;
  embeddedPostgresPort: number;
  quiet?: boolean;
}

export interface Stack {
  gatewayUrl: string;
  services: Service[];
  database: { embedded: boolean; appUrl: string; adminUrl: string };
  events: string;
  cache: string;
  stop(): Promise<void>;
}

/**
 * Boots the platform: database (real or embedded) with migrations, every subgraph, then the gateway
 * serving the committed supergraph. Used by `npm start`, the smoke test and the benchmark.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const secrets = await localSecrets(join(options.stateDir, 'secrets.json'));
  const database = await preparePlatformDatabase({
    root: REPO_ROOT,
    dataDir: join(options.stateDir, 'postgres'),
    embeddedPort: options.embeddedPostgresPort,
    appPassword: secrets.appDbPassword,
    serverUrl: process.env.DATABASE_URL || undefined,
  });
  const services: Service[] = [];
  const stop = async () => {
    await Promise.all([...services].reverse().map((service) => stopService(service)));
    await database.stop();
  };
  const shared = {
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    INTERNAL_TOKEN_SECRET: secrets.internalTokenSecret,
    ...(process.env.NATS_URL ? { NATS_URL: process.env.NATS_URL } : {}),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    await Promise.all(
      SUBGRAPHS.map(async (entry) => {
        const port = Number(process.env[`${entry.name.toUpperCase()}_PORT`] ?? entry.defaultPort);
        const service = startService({
          name: entry.name,
          entry: entry.entry,
          runtime: options.runtime,
          cwd: REPO_ROOT,
          quiet: options.quiet,
          url: routingUrl(entry, '127.0.0.1', port),
          env: {
            ...shared,
            PORT: String(port),
            DATABASE_URL: database.appUrl,
            AUTH_SIGNING_KEY: secrets.authSigningKey,
          },
        });
        services.push(service);
        subgraphUrls[entry.name] = service.url;
        await waitUntilReady(service, service.url.replace(/\/graphql$/, '/ready'));
      }),
    );
    const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}/graphql`;
    const gateway = startService({
      name: 'gateway',
      entry: 'gateway/src/index.ts',
      runtime: options.runtime,
      cwd: REPO_ROOT,
      quiet: options.quiet,
      url: gatewayUrl,
      env: {
        ...shared,
        PORT: String(options.gatewayPort),
        SUPERGRAPH_PATH: join(REPO_ROOT, 'schema/supergraph.graphql'),
        IDENTITY_URL: subgraphUrls.identity?.replace(/\/graphql$/, '') ?? '',
        ...Object.fromEntries(
          Object.entries(subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
        ),
      },
    });
    services.push(gateway);
    await waitUntilReady(gateway, gatewayUrl.replace(/\/graphql$/, '/ready'));
    return {
      gatewayUrl,
      services,
      database: { embedded: database.embedded, appUrl: database.appUrl, adminUrl: database.adminUrl },
      events: process.env.NATS_URL ? `NATS JetStream at ${process.env.NATS_URL}` : 'in-process bus (NATS_URL not set)',
      cache: process.env.REDIS_URL ? `Redis at ${process.env.REDIS_URL}` : 'in-memory (REDIS_URL not set)',
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
