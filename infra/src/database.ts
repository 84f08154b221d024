import { join } from 'node:path';
import { bootstrapDatabase, databaseOf, migrate, serviceRole, serviceRoleUrl, withDatabase } from '@ucos/kit';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.ts';
import { SUBGRAPHS, serviceUrlVariable } from './subgraphs.ts';

export interface PlatformDatabase {
  /** owner/admin connection to the platform database */
  adminUrl: string;
  /** what each subgraph connects with, by name: its own role (`ucos_<name>`), RLS in force */
  serviceUrls: Record<string, string>;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The real server in DATABASE_URL, or an embedded PostgreSQL kept in `dataDir`; then the roles
 * (one per subgraph), the database and every subgraph's migrations. A DATABASE_URL naming the
 * maintenance database `postgres` gets the platform's own database `ucos` next to it.
 */
export async function preparePlatformDatabase(options: {
  root: string;
  dataDir: string;
  embeddedPort: number;
  appPassword: string;
  serverUrl?: string;
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  env?: Record<string, string | undefined>;
}): Promise<PlatformDatabase> {
  const env = options.env ?? process.env;
  if (env.APP_DATABASE_URL) {
    throw new Error(
      `APP_DATABASE_URL is no longer used: each service connects as its own role. Set ${SUBGRAPHS.map((entry) => serviceUrlVariable(entry.name)).join(', ')} instead (see the infra README).`,
    );
  }
  const overrides = Object.fromEntries(
    SUBGRAPHS.flatMap((entry) => {
      const url = env[serviceUrlVariable(entry.name)];
      return url ? [[entry.name, url]] : [];
    }),
  );
  let embedded: EmbeddedServer | null = null;
  let serverUrl = options.serverUrl;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, persistent: true });
    serverUrl = embedded.url;
  }
  try {
    const named = databaseOf(serverUrl);
    const database = named === 'postgres' ? 'ucos' : named;
    await bootstrapDatabase({
      adminUrl: serverUrl,
      database,
      services: SUBGRAPHS.map((entry) => entry.name),
      appPassword: options.appPassword,
      passwords: operatorPasswords(overrides),
      statementTimeoutMs: options.statementTimeoutMs,
      idleInTransactionTimeoutMs: options.idleInTransactionTimeoutMs,
    });
    const adminUrl = withDatabase(serverUrl, database);
    await migrate(
      adminUrl,
      SUBGRAPHS.map((entry) => ({ schema: entry.name, directory: join(options.root, entry.migrations) })),
    );
    const base = serverUrl;
    return {
      adminUrl,
      serviceUrls: Object.fromEntries(
        SUBGRAPHS.map((entry) => [
          entry.name,
          overrides[entry.name] ?? serviceRoleUrl(base, options.appPassword, entry.name, database),
        ]),
      ),
      embedded: embedded !== null,
      stop: async () => {
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** An operator's URL that logs in as the service's role sets that role's password. */
function operatorPasswords(overrides: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(overrides).flatMap(([name, url]) => {
      const parsed = new URL(url);
      return decodeURIComponent(parsed.username) === serviceRole(name) && parsed.password
        ? [[name, decodeURIComponent(parsed.password)]]
        : [];
    }),
  );
}
