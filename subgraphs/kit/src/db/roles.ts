import { createHmac } from 'node:crypto';
import pg from 'pg';

/** The role that owns every table and runs migrations. It never serves requests. */
export const OWNER_ROLE = 'ucos_owner';
/**
 * The one role all subgraphs shared before each got its own. Migrations still grant to it: in a
 * migration it stands for the service role of the schema being migrated, and the runner moves what
 * it is granted there to that role (see `migrate`). It is NOLOGIN when this code creates it and
 * holds nothing in any subgraph schema.
 */
export const PLACEHOLDER_ROLE = 'ucos_app';

/** Default `statement_timeout` of the service roles: a runaway query is cancelled, not left running. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;
/** Default `idle_in_transaction_session_timeout`: a transaction a crashed request left open ends. */
export const DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;
/**
 * For bulk seeds only: the role's statement_timeout guards request paths, but a seed of 100,000
 * products writes millions of rows in one statement, so its own transaction lifts the bound.
 */
export const BULK_STATEMENT_TIMEOUT = `set local statement_timeout = '10min'`;

const LOCK_ID = 7_301_002;
const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,40}$/;

/**
 * The database role subgraph `schema` connects as: not owner, not superuser, not BYPASSRLS, with
 * privileges in its own schema only (granted by the migration runner and the migrations).
 */
export function serviceRole(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`not a subgraph schema name: ${schema}`);
  return `ucos_${schema}`;
}

/**
 * Each service role's password, derived from one secret: a service that leaks its own connection
 * string does not leak the other roles' passwords, and the operator keeps a single secret.
 */
export function serviceRolePassword(secret: string, schema: string): string {
  return createHmac('sha256', secret).update(serviceRole(schema)).digest('base64url');
}

export interface BootstrapOptions {
  /** a connection with the right to create roles and databases (the server's admin) */
  adminUrl: string;
  database: string;
  /** the subgraph schemas whose service roles to create (`ucos_<schema>`) */
  services: string[];
  /** the secret each service role's password is derived from (`serviceRolePassword`) */
  appPassword: string;
  /** a password of the operator's choosing for some service roles (by schema) instead of the derived one */
  passwords?: Record<string, string>;
  /** `statement_timeout` of the service roles in this database (default 5 s; 0 switches it off) */
  statementTimeoutMs?: number;
  /** `idle_in_transaction_session_timeout` of the service roles in this database (default 30 s) */
  idleInTransactionTimeoutMs?: number;
}

/**
 * Creates the owner role, one login role per service and the database if missing, and sets the
 * service roles' timeouts in that database. Idempotent and safe to run concurrently (several test
 * workers bootstrap at once): an advisory lock on the admin database serialises it.
 */
export async function bootstrapDatabase(options: BootstrapOptions): Promise<void> {
  const { adminUrl, database } = options;
  const statementTimeoutMs = timeoutSetting(options.statementTimeoutMs, DEFAULT_STATEMENT_TIMEOUT_MS);
  const idleTimeoutMs = timeoutSetting(options.idleInTransactionTimeoutMs, DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS);
  const roles = options.services.map((schema) => ({
    name: serviceRole(schema),
    password: options.passwords?.[schema] ?? serviceRolePassword(options.appPassword, schema),
  }));
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [LOCK_ID]);
    const found = await admin.query<{ rolname: string }>('select rolname from pg_roles where rolname = any($1)', [
      [OWNER_ROLE, PLACEHOLDER_ROLE, ...roles.map((role) => role.name)],
    ]);
    const existing = new Set(found.rows.map((row) => row.rolname));
    if (!existing.has(OWNER_ROLE)) await admin.query(`create role ${OWNER_ROLE} nologin`);
    // Applied migrations grant to it; it must exist, but nothing logs in as it any more.
    if (!existing.has(PLACEHOLDER_ROLE)) await admin.query(`create role ${PLACEHOLDER_ROLE} nologin`);
    for (const role of roles) {
      const name = admin.escapeIdentifier(role.name);
      const password = admin.escapeLiteral(role.password);
      await admin.query(
        existing.has(role.name)
          ? `alter role ${name} with login password ${password} nosuperuser nobypassrls nocreatedb nocreaterole noinherit`
          : `create role ${name} login password ${password} nosuperuser nobypassrls nocreatedb nocreaterole noinherit`,
      );
    }
    const db = admin.escapeIdentifier(database);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await admin.query(`create database ${db}`);
    await admin.query(`grant ${OWNER_ROLE} to current_user`).catch(() => undefined);
    await admin.query(`alter database ${db} owner to ${OWNER_ROLE}`);
    // Only the service roles (and the owner and admins) may connect to the platform's database.
    await admin.query(`revoke connect, temporary on database ${db} from public`);
    await admin.query(`revoke connect, temporary on database ${db} from ${PLACEHOLDER_ROLE}`);
    for (const role of roles) {
      const name = admin.escapeIdentifier(role.name);
      await admin.query(`grant connect on database ${db} to ${name}`);
      await admin.query(`alter role ${name} in database ${db} set statement_timeout = ${statementTimeoutMs}`);
      await admin.query(
        `alter role ${name} in database ${db} set idle_in_transaction_session_timeout = ${idleTimeoutMs}`,
      );
    }
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [LOCK_ID]).catch(() => undefined);
    await admin.end();
  }
  const db = new pg.Client({ connectionString: withDatabase(adminUrl, database) });
  await db.connect();
  try {
    await db.query(`revoke create on schema public from public`);
  } finally {
    await db.end();
  }
}

function timeoutSetting(value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (!Number.isSafeInteger(ms) || ms < 0)
    throw new Error(`a timeout must be a whole number of milliseconds ≥ 0, got ${value}`);
  return ms;
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    // A pool's end() resolves once it has asked its connections to close, not once they have: forcing
    // the drop at once terminates them mid-close, and a client with no error listener left throws
    // that termination out of the process. Connections that are going get a moment to go.
    for (let waited = 0; waited < 2_000; waited += 25) {
      const { rows } = await admin.query<{ open: number }>(
        'select count(*)::int as open from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database],
      );
      if (!rows[0]?.open) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
  } finally {
    await admin.end();
  }
}

/** The same server and database as `url`, but as subgraph `schema`'s service role. */
export function serviceRoleUrl(url: string, secret: string, schema: string, database?: string): string {
  const parsed = new URL(url);
  parsed.username = serviceRole(schema);
  parsed.password = serviceRolePassword(secret, schema);
  if (database) parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/**
 * Refuses to serve when connected with a role that would silently switch RLS off.
 * Called by every subgraph at boot.
 */
export async function assertUnprivileged(client: Pick<pg.ClientBase, 'query'>): Promise<void> {
  // `owns` counts tables the role owns or could SET ROLE to the owner of: either way RLS is off.
  const { rows } = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owns: number }>(
    `select r.rolname, r.rolsuper, r.rolbypassrls,
            (select count(*)::int from pg_class c where pg_has_role(r.oid, c.relowner, 'MEMBER') and c.relkind = 'r'
               and c.relnamespace not in (select oid from pg_namespace where nspname in ('pg_catalog','information_schema'))) as owns
       from pg_roles r where r.rolname = current_user`,
  );
  const role = rows[0];
  if (!role) throw new Error('cannot read the connected role');
  if (role.rolsuper || role.rolbypassrls || role.owns > 0) {
    throw new Error(
      `refusing to serve as database role "${role.rolname}": it is ${role.rolsuper ? 'a superuser' : role.rolbypassrls ? 'BYPASSRLS' : 'a table owner (or a member of one)'}, so row-level security would not apply. Connect as the service's own role (ucos_<subgraph>).`,
    );
  }
}
