import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { APP_ROLE, OWNER_ROLE } from './roles.ts';

const KIT_MIGRATIONS = new URL('../../migrations/', import.meta.url);
const LOCK_ID = 7_301_001;
const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.sql$/;

export interface MigrationTarget {
  /** the subgraph's name, also its Postgres schema */
  schema: string;
  /** the folder of NNNN_name.sql files */
  directory: string | URL;
}

export interface MigrationReport {
  schema: string;
  applied: string[];
  skipped: number;
}

export class MigrationChecksumError extends Error {
  override name = 'MigrationChecksumError';
}

interface Migration {
  id: string;
  sql: string;
  checksum: string;
}

async function readMigrations(directory: string | URL, prefix: string): Promise<Migration[]> {
  const path = directory instanceof URL ? directory.pathname : directory;
  const names = (await readdir(path)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => {
      if (!MIGRATION_FILE.test(name)) throw new Error(`migration file name must look like 0001_name.sql: ${name}`);
      const sql = await readFile(join(path, name), 'utf8');
      return { id: `${prefix}${name}`, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies the kit's shared migrations (outbox, audit log, processed messages) and then the
 * subgraph's own to the subgraph's schema, as the owner role, each file in its own transaction.
 * An advisory lock makes concurrent runners wait; an applied file whose text changed is refused.
 */
export async function migrate(databaseUrl: string, targets: MigrationTarget[]): Promise<MigrationReport[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`set role ${OWNER_ROLE}`);
    await client.query('select pg_advisory_lock($1)', [LOCK_ID]);
    await client.query(`create table if not exists public.ucos_schema_migrations (
      schema_name text not null, migration text not null, checksum text not null,
      applied_at timestamptz not null default now(), primary key (schema_name, migration))`);
    const reports: MigrationReport[] = [];
    for (const target of targets) reports.push(await migrateSchema(client, target));
    return reports;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}

async function migrateSchema(client: pg.Client, target: MigrationTarget): Promise<MigrationReport> {
  const schema = client.escapeIdentifier(target.schema);
  await client.query(`create schema if not exists ${schema} authorization ${OWNER_ROLE}`);
  await client.query(`grant usage on schema ${schema} to ${APP_ROLE}`);
  await client.query(
    `alter default privileges for role ${OWNER_ROLE} in schema ${schema} grant select, insert, update, delete on tables to ${APP_ROLE}`,
  );
  await client.query(
    `alter default privileges for role ${OWNER_ROLE} in schema ${schema} grant usage, select on sequences to ${APP_ROLE}`,
  );
  const migrations = [
    ...(await readMigrations(KIT_MIGRATIONS, 'kit/')),
    ...(await readMigrations(target.directory, '')),
  ];
  const { rows } = await client.query<{ migration: string; checksum: string }>(
    'select migration, checksum from public.ucos_schema_migrations where schema_name = $1',
    [target.schema],
  );
  const applied = new Map(rows.map((row) => [row.migration, row.checksum]));
  const report: MigrationReport = { schema: target.schema, applied: [], skipped: 0 };
  for (const migration of migrations) {
    const previous = applied.get(migration.id);
    if (previous !== undefined) {
      if (previous !== migration.checksum) {
        throw new MigrationChecksumError(
          `${target.schema}/${migration.id} was edited after it was applied; add a new migration instead`,
        );
      }
      report.skipped++;
      continue;
    }
    await client.query('begin');
    try {
      await client.query(`set local search_path to ${schema}, public`);
      await client.query(migration.sql);
      await client.query(
        'insert into public.ucos_schema_migrations (schema_name, migration, checksum) values ($1, $2, $3)',
        [target.schema, migration.id, migration.checksum],
      );
      await client.query('commit');
      report.applied.push(migration.id);
    } catch (error) {
      await client.query('rollback');
      throw new Error(`migration ${target.schema}/${migration.id} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return report;
}
