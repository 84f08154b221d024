import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { OWNER_ROLE, PLACEHOLDER_ROLE, serviceRole } from './roles.ts';

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
 *
 * Privileges: a migration grants to (and revokes from) `ucos_app`, which stands for "this schema's
 * service role" — kit migrations run in every schema and cannot name it. After each file, in its
 * transaction, whatever `ucos_app` then holds in the schema moves to `ucos_<schema>`
 * (`handOverPrivileges`), so each service can use its own schema and nothing else. New tables are
 * granted to `ucos_app` by default privileges first, so a migration that revokes some of them
 * (append-only ledgers) or all (tables only SECURITY DEFINER functions may touch) is honoured.
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
  const role = serviceRole(target.schema);
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  if (!rowCount)
    throw new Error(`role ${role} does not exist: bootstrap the database with the ${target.schema} service`);
  await client.query(`create schema if not exists ${schema} authorization ${OWNER_ROLE}`);
  await client.query(`grant usage on schema ${schema} to ${client.escapeIdentifier(role)}`);
  await client.query(`revoke all on schema ${schema} from ${PLACEHOLDER_ROLE}`);
  await client.query(
    `alter default privileges for role ${OWNER_ROLE} in schema ${schema} grant select, insert, update, delete on tables to ${PLACEHOLDER_ROLE}`,
  );
  await client.query(
    `alter default privileges for role ${OWNER_ROLE} in schema ${schema} grant usage, select on sequences to ${PLACEHOLDER_ROLE}`,
  );
  // a schema migrated while every service shared ucos_app
  await handOverPrivileges(client, target.schema, role);
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
      await handOverPrivileges(client, target.schema, role);
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

/**
 * Moves every privilege `ucos_app` holds on the schema's tables, sequences, columns and functions
 * to `role` (adding to what the role has), then revokes it from `ucos_app`; and makes sure no
 * SECURITY DEFINER function of the schema is executable by PUBLIC — only by the roles named.
 */
async function handOverPrivileges(client: pg.Client, schemaName: string, role: string): Promise<void> {
  const to = client.escapeIdentifier(role);
  const { rows } = await client.query<{ statement: string }>(
    `with placeholder as (select oid from pg_roles where rolname = $2),
     relations as (
       select case c.relkind when 'S' then 'sequence ' else 'table ' end || c.oid::regclass::text as object,
              string_agg(a.privilege_type, ', ') as privileges
         from pg_class c, aclexplode(c.relacl) a
        where c.relnamespace = $1::regnamespace and a.grantee = (select oid from placeholder)
        group by c.oid, c.relkind),
     columns as (
       select 'table ' || c.oid::regclass::text as object,
              a.privilege_type || ' (' || quote_ident(col.attname) || ')' as privileges
         from pg_class c join pg_attribute col on col.attrelid = c.oid, aclexplode(col.attacl) a
        where c.relnamespace = $1::regnamespace and a.grantee = (select oid from placeholder)),
     functions as (
       select 'function ' || p.oid::regprocedure::text as object, 'execute' as privileges
         from pg_proc p, aclexplode(p.proacl) a
        where p.pronamespace = $1::regnamespace and a.grantee = (select oid from placeholder))
     select format('grant %s on %s to ${to}; revoke all on %s from ${PLACEHOLDER_ROLE}', privileges, object, object) as statement
       from (select * from relations union all select * from columns union all select * from functions) moved
     union all
     select format('revoke execute on function %s from public', p.oid::regprocedure)
       from pg_proc p
      where p.pronamespace = $1::regnamespace and p.prosecdef
        and exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a where a.grantee = 0)`,
    [schemaName, PLACEHOLDER_ROLE],
  );
  for (const { statement } of rows) await client.query(statement);
}
