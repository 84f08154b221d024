import pg from 'pg';

/** The role that owns every table and runs migrations. It never serves requests. */
export const OWNER_ROLE = 'ucos_owner';
/** The role every subgraph connects as: not owner, not superuser, not BYPASSRLS, so RLS always applies. */
export const APP_ROLE = 'ucos_app';

const LOCK_ID = 7_301_002;

export interface BootstrapOptions {
  /** a connection with the right to create roles and databases (the server's admin) */
  adminUrl: string;
  database: string;
  appPassword: string;
}

/**
 * Creates the two roles and the database if missing. Idempotent and safe to run concurrently
 * (several test workers bootstrap at once): an advisory lock on the admin database serialises it.
 */
export async function bootstrapDatabase({ adminUrl, database, appPassword }: BootstrapOptions): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [LOCK_ID]);
    const roles = await admin.query<{ rolname: string }>('select rolname from pg_roles where rolname = any($1)', [
      [OWNER_ROLE, APP_ROLE],
    ]);
    const existing = new Set(roles.rows.map((row) => row.rolname));
    if (!existing.has(OWNER_ROLE)) await admin.query(`create role ${OWNER_ROLE} nologin`);
    const password = admin.escapeLiteral(appPassword);
    if (!existing.has(APP_ROLE)) {
      await admin.query(
        `create role ${APP_ROLE} login password ${password} nosuperuser nobypassrls nocreatedb nocreaterole noinherit`,
      );
    } else {
      await admin.query(`alter role ${APP_ROLE} with login password ${password} nosuperuser nobypassrls`);
    }
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await admin.query(`create database ${admin.escapeIdentifier(database)}`);
    await admin.query(`grant ${OWNER_ROLE} to current_user`).catch(() => undefined);
    await admin.query(`alter database ${admin.escapeIdentifier(database)} owner to ${OWNER_ROLE}`);
    await admin.query(`grant connect on database ${admin.escapeIdentifier(database)} to ${APP_ROLE}`);
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

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
  } finally {
    await admin.end();
  }
}

/** The same server and database as `url`, but as the application role. */
export function appRoleUrl(url: string, password: string, database?: string): string {
  const parsed = new URL(url);
  parsed.username = APP_ROLE;
  parsed.password = password;
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
  const { rows } = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owns: number }>(
    `select r.rolname, r.rolsuper, r.rolbypassrls,
            (select count(*)::int from pg_class c where c.relowner = r.oid and c.relkind = 'r'
               and c.relnamespace not in (select oid from pg_namespace where nspname in ('pg_catalog','information_schema'))) as owns
       from pg_roles r where r.rolname = current_user`,
  );
  const role = rows[0];
  if (!role) throw new Error('cannot read the connected role');
  if (role.rolsuper || role.rolbypassrls || role.owns > 0) {
    throw new Error(
      `refusing to serve as database role "${role.rolname}": it is ${role.rolsuper ? 'a superuser' : role.rolbypassrls ? 'BYPASSRLS' : 'a table owner'}, so row-level security would not apply. Connect as ${APP_ROLE}.`,
    );
  }
}
