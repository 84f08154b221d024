import { join } from 'node:path';
import { appRoleUrl, bootstrapDatabase, databaseOf, migrate, withDatabase } from '@ucos/kit';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.ts';
import { SUBGRAPHS } from './subgraphs.ts';

export interface PlatformDatabase {
  /** owner/admin connection to the platform database */
  adminUrl: string;
  /** what subgraphs connect with: the application role, RLS in force */
  appUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The real server in DATABASE_URL, or an embedded PostgreSQL kept in `dataDir`; then roles,
 * database and every subgraph's migrations. A DATABASE_URL naming the maintenance database
 * `postgres` gets the platform's own database `ucos` next to it.
 */
export async function preparePlatformDatabase(options: {
  root: string;
  dataDir: string;
  embeddedPort: number;
  appPassword: string;
  serverUrl?: string;
}): Promise<PlatformDatabase> {
  let embedded: EmbeddedServer | null = null;
  let serverUrl = options.serverUrl;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, persistent: true });
    serverUrl = embedded.url;
  }
  try {
    const named = databaseOf(serverUrl);
    const database = named === 'postgres' ? 'ucos' : named;
    await bootstrapDatabase({ adminUrl: serverUrl, database, appPassword: options.appPassword });
    const adminUrl = withDatabase(serverUrl, database);
    await migrate(
      adminUrl,
      SUBGRAPHS.map((entry) => ({ schema: entry.name, directory: join(options.root, entry.migrations) })),
    );
    return {
      adminUrl,
      appUrl: process.env.APP_DATABASE_URL ?? appRoleUrl(serverUrl, options.appPassword, database),
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
