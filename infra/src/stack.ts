import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_WORKER_PORT } from '@ucos/kit';
import { preparePlatformDatabase } from './database.ts';
import { type LocalCertificates, localCertificates } from './local-certificates.ts';
import { localSecrets } from './local-secrets.ts';
import { type Runtime, type Service, startService, stopService, waitUntilReady } from './processes.ts';
import {
  DEFAULT_METRICS_PORT_BASE,
  metricsPortOf,
  portOf,
  routingUrl,
  SUBGRAPHS,
  serviceUrlVariable,
} from './subgraphs.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface StackOptions {
  runtime: Runtime;
  gatewayPort: number;
  /** the folder for local state: embedded database, generated secrets */
  stateDir: string;
  embeddedPostgresPort: number;
  quiet?: boolean;
  /** extra gateway environment (npm start: TRUSTED_DOCUMENTS, the apps' manifests) */
  gatewayEnv?: Record<string, string>;
  /** where the admin app runs: the links in identity's mail point there */
  adminUrl?: string;
  /** internal metrics ports: the gateway here, each subgraph at base + (its port − 4000); default 9400 */
  metricsPortBase?: number;
  /** the gateway and subgraph processes write CPU profiles (V8 format, Node or Bun) here on exit */
  cpuProfileDir?: string;
  /**
   * mutual TLS between the services (`npm start` with UCOS_TLS=1): a local platform CA and service
   * certificates in `<stateDir>/tls`, every subgraph on HTTPS requiring them, the gateway and the
   * internal clients presenting theirs. The gateway's public door stays plain HTTP on loopback.
   */
  tls?: boolean;
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: { name: string; url: string }[];
  /** with `tls`: the certificate files of the services and the gateway; null: plain HTTP */
  certificates: LocalCertificates | null;
  services: Service[];
  database: { embedded: boolean; serviceUrls: Record<string, string>; adminUrl: string };
  events: string;
  cache: string;
  /** where mail goes: the SMTP server, or the folder of .eml files */
  mail: { smtp: boolean; destination: string };
  /** where the worker tier (scheduled jobs, mail, deliveries) runs */
  worker: string;
  /** Prometheus endpoints, on internal ports only */
  metrics: { name: string; url: string }[];
  stop(): Promise<void>;
}

/**
 * Boots the platform: database (real or embedded) with migrations, every subgraph, then the gateway
 * serving the committed supergraph. Used by `npm start`, the smoke test and the benchmark.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const secrets = await localSecrets(join(options.stateDir, 'secrets.json'));
  const certificates = options.tls ? await localCertificates(options.stateDir) : null;
  const scheme = certificates ? 'https' : 'http';
  const database = await preparePlatformDatabase({
    root: REPO_ROOT,
    dataDir: join(options.stateDir, 'postgres'),
    embeddedPort: options.embeddedPostgresPort,
    appPassword: secrets.appDbPassword,
    serverUrl: process.env.DATABASE_URL || undefined,
    statementTimeoutMs: millisecondsEnv('DB_STATEMENT_TIMEOUT_MS'),
    idleInTransactionTimeoutMs: millisecondsEnv('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
  });
  const services: Service[] = [];
  const stop = async () => {
    await Promise.all([...services].reverse().map((service) => stopService(service)));
    await database.stop();
  };
  const metricsBase = options.metricsPortBase ?? Number(process.env.METRICS_PORT_BASE ?? DEFAULT_METRICS_PORT_BASE);
  // No process inherits the admin connection or another service's: each gets its own below.
  const noDatabaseCredentials = Object.fromEntries(
    ['DATABASE_URL', ...SUBGRAPHS.map((entry) => serviceUrlVariable(entry.name))].map((name) => [name, '']),
  );
  // the stack stops a process 5 s after SIGTERM: the workers' grace fits inside
  const graceMs = process.env.WORKER_SHUTDOWN_GRACE_MS || '4000';
  const shared = {
    ...noDatabaseCredentials,
    WORKER_SHUTDOWN_GRACE_MS: graceMs,
    METRICS_PORT_BASE: String(metricsBase),
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    // webhooks to loopback and private addresses: a development setting, never in production
    WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS:
      process.env.WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS ??
      ((process.env.NODE_ENV ?? 'development') === 'production' ? 'false' : 'true'),
    INTERNAL_TOKEN_SECRET: secrets.internalTokenSecret,
    // catalog's uploaded images live with the stack's other state
    MEDIA_DIR: join(options.stateDir, 'media'),
    ...(options.cpuProfileDir
      ? {
          NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${options.cpuProfileDir}`,
          BUN_OPTIONS: `--cpu-prof --cpu-prof-dir=${options.cpuProfileDir}`,
        }
      : {}),
    ...(process.env.NATS_URL ? { NATS_URL: process.env.NATS_URL } : {}),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  };
  try {
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((entry) => [
        entry.name,
        routingUrl(entry, '127.0.0.1', portOf(entry)).replace(/^http:/, `${scheme}:`),
      ]),
    );
    const subgraphEnv = {
      ...shared,
      ...certificates?.services,
      ...mailEnv(options),
      AUTH_SIGNING_KEY: secrets.authSigningKey,
      // workflow `action` steps call the platform through its public door, as their service identity
      GATEWAY_URL: `http://127.0.0.1:${options.gatewayPort}/graphql`,
      ...Object.fromEntries(SUBGRAPHS.map((entry) => [`${entry.name.toUpperCase()}_PORT`, String(portOf(entry))])),
      ...Object.fromEntries(
        Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url]),
      ),
    };
    // Without NATS, events can only travel inside one process: the subgraphs and the worker tier
    // then share one host process and its in-process bus. With NATS each subgraph is its own
    // process, and the worker tier one more (infra/src/worker-host.ts), as in production.
    const withWorker = SUBGRAPHS.filter((entry) => entry.workerModule);
    const workerPort = Number(process.env.WORKER_PORT ?? DEFAULT_WORKER_PORT);
    const workerUrl = `http://127.0.0.1:${workerPort}`;
    const workerMetricsPort = metricsBase + (DEFAULT_WORKER_PORT - 4000);
    type Group = { name: string; args: string[]; env: Record<string, string> };
    const workerGroup: Group = {
      name: 'worker',
      args: ['infra/src/worker-host.ts', ...withWorker.map((entry) => entry.name)],
      env: {
        PORT: String(workerPort),
        METRICS_PORT: String(workerMetricsPort),
        ...Object.fromEntries(
          withWorker.map((entry) => [serviceUrlVariable(entry.name), database.serviceUrls[entry.name] ?? '']),
        ),
      },
    };
    const groups: Group[] = process.env.NATS_URL
      ? [
          ...SUBGRAPHS.map((entry) => ({
            name: entry.name,
            args: [entry.entry],
            env: {
              PORT: String(portOf(entry)),
              METRICS_PORT: String(metricsPortOf(entry, metricsBase)),
              DATABASE_URL: database.serviceUrls[entry.name] ?? '',
            },
          })),
          ...(withWorker.length ? [workerGroup] : []),
        ]
      : [
          {
            name: 'subgraphs',
            args: ['infra/src/subgraph-host.ts', ...SUBGRAPHS.map((entry) => entry.name)],
            env: Object.fromEntries(
              SUBGRAPHS.map((entry) => [serviceUrlVariable(entry.name), database.serviceUrls[entry.name] ?? '']),
            ),
          },
        ];
    for (const group of groups) {
      services.push(
        startService({
          name: group.name,
          entry: group.args,
          runtime: options.runtime,
          cwd: REPO_ROOT,
          quiet: options.quiet,
          url:
            group.name === 'subgraphs'
              ? Object.values(subgraphUrls).join(' ')
              : group.name === 'worker'
                ? workerUrl
                : (subgraphUrls[group.name] ?? ''),
          env: { ...subgraphEnv, ...group.env },
        }),
      );
    }
    await Promise.all(
      SUBGRAPHS.map((entry) => {
        const owner =
          services.find((service) => service.url.split(' ').includes(subgraphUrls[entry.name] ?? '')) ?? services[0]!;
        return waitUntilReady(
          owner,
          (subgraphUrls[entry.name] ?? '').replace(/\/graphql$/, '/ready'),
          undefined,
          certificates?.probe,
        );
      }),
    );
    const workerProcess = services.find((service) => service.name === 'worker');
    // ready once every worker started
    if (workerProcess) await waitUntilReady(workerProcess, `${workerUrl}/ready`);
    const names = withWorker.map((entry) => entry.name).join(', ');
    const worker = !withWorker.length
      ? 'none (no domain has background work)'
      : workerProcess
        ? `its own process "worker" (${names}), ready at ${workerUrl}/ready`
        : `inside the subgraphs process, on its in-process bus (${names})`;
    const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}/graphql`;
    const gateway = startService({
      name: 'gateway',
      entry: ['gateway/src/index.ts'],
      runtime: options.runtime,
      cwd: REPO_ROOT,
      quiet: options.quiet,
      url: gatewayUrl,
      env: {
        ...shared,
        ...certificates?.gateway,
        PORT: String(options.gatewayPort),
        METRICS_PORT: String(metricsBase),
        ...options.gatewayEnv,
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
      subgraphUrls: Object.entries(subgraphUrls).map(([name, url]) => ({ name, url })),
      certificates,
      services,
      database: { embedded: database.embedded, serviceUrls: database.serviceUrls, adminUrl: database.adminUrl },
      events: process.env.NATS_URL ? `NATS JetStream at ${process.env.NATS_URL}` : 'in-process bus (NATS_URL not set)',
      cache: process.env.REDIS_URL ? `Redis at ${process.env.REDIS_URL}` : 'in-memory (REDIS_URL not set)',
      mail: process.env.SMTP_URL
        ? { smtp: true, destination: `SMTP at ${new URL(process.env.SMTP_URL).host}` }
        : { smtp: false, destination: mailFolder(options) },
      metrics: [
        { name: 'gateway', url: `http://127.0.0.1:${metricsBase}/metrics` },
        ...SUBGRAPHS.map((entry) => ({
          name: entry.name,
          url: `http://127.0.0.1:${metricsPortOf(entry, metricsBase)}/metrics`,
        })),
        ...(workerProcess ? [{ name: 'worker', url: `http://127.0.0.1:${workerMetricsPort}/metrics` }] : []),
      ],
      worker,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Without SMTP_URL, notifications writes the mail as .eml files here. */
export const mailFolder = (options: Pick<StackOptions, 'stateDir'>) => join(options.stateDir, 'mail');

function mailEnv(options: StackOptions): Record<string, string> {
  const passed = Object.fromEntries(
    ['SMTP_URL', 'MAIL_FROM'].flatMap((name) => (process.env[name] ? [[name, process.env[name] as string]] : [])),
  );
  return {
    ...passed,
    MAIL_DIR: mailFolder(options),
    ADMIN_APP_URL: options.adminUrl ?? `http://127.0.0.1:${process.env.ADMIN_PORT ?? 3001}`,
    STOREFRONT_URL: `http://127.0.0.1:${process.env.STOREFRONT_PORT ?? 3000}`,
  };
}

/** A timeout in whole milliseconds from the environment (unset: the kit's default). */
function millisecondsEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number of milliseconds ≥ 0, got ${raw}`);
  return value;
}
