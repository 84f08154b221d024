import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { assertUnprivileged, PLACEHOLDER_ROLE, serviceRole, withTenantClient } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePlatformDatabase } from '../src/database.ts';
import { SUBGRAPHS } from '../src/subgraphs.ts';

// Each subgraph's database role, tried as a compromised service would use it: a connection of its
// own, any SQL it likes. It must reach its own schema and nothing of another domain, nor any credential.

const root = fileURLToPath(new URL('../../', import.meta.url));
const NAMES = SUBGRAPHS.map((entry) => entry.name);
const INSUFFICIENT_PRIVILEGE = '42501';
const QUERY_CANCELED = '57014';
/**
 * tenant-less tables a service reaches only through its own security-definer functions: the sign-in
 * counters, and the hashes of mailed verification and reset tokens (identity migration 0005)
 */
const FUNCTION_ONLY_TABLES = [
  'catalog.product_search',
  'identity.sign_in_failures',
  'identity.account_tokens',
  'identity.mail_quota',
  'identity.customer_account_tokens',
];

interface DatabaseObject {
  schema: string;
  name: string;
}

let db: TestDatabase;
let admin: pg.Client;
let tables: DatabaseObject[];
let functions: (DatabaseObject & { call: string; definer: boolean })[];

beforeAll(async () => {
  db = await createTestDatabase(
    SUBGRAPHS.map((entry) => ({ schema: entry.name, directory: `${root}${entry.migrations}` })),
  );
  admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  tables = (
    await admin.query<DatabaseObject>(
      `select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm') order by 1, 2`,
      [NAMES],
    )
  ).rows;
  // a call with a null for every argument: enough to hit the privilege check, which comes first
  functions = (
    await admin.query<DatabaseObject & { call: string; definer: boolean }>(
      `select n.nspname as schema, p.proname as name, p.prosecdef as definer,
              format('%I.%I(%s)', n.nspname, p.proname,
                     (select string_agg(format('null::%s', t::regtype), ', ') from unnest(p.proargtypes) t)) as call
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any($1) and p.prokind = 'f' and p.prorettype <> 'trigger'::regtype order by 1, 2`,
      [NAMES],
    )
  ).rows;
}, 120_000);

afterAll(async () => {
  await admin?.end();
  await db?.drop();
});

/** The SQLSTATE a statement fails with as `schema`'s role, or 'ok'. */
async function outcome(schema: string, sql: string, tenantId: string | null = randomUUID()): Promise<string> {
  try {
    await withTenantClient(db.servicePool(schema), tenantId, (client) => client.query(sql));
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe.each(NAMES)('the %s service role', (name) => {
  const others = NAMES.filter((other) => other !== name);

  it('is its own, unprivileged role with the statement and idle-transaction timeouts set', async () => {
    const pool = db.servicePool(name);
    await expect(assertUnprivileged(pool)).resolves.toBeUndefined();
    const { rows } = await pool.query<{ role: string; statement: string; idle: string }>(
      `select current_user as role, current_setting('statement_timeout') as statement,
              current_setting('idle_in_transaction_session_timeout') as idle`,
    );
    expect(rows[0]).toEqual({ role: serviceRole(name), statement: '5s', idle: '30s' });
  });

  it("reads no other domain's table", async () => {
    const foreign = tables.filter((table) => table.schema !== name);
    expect(foreign.length).toBeGreaterThan(10);
    for (const table of foreign) {
      expect([table, await outcome(name, `select * from "${table.schema}"."${table.name}" limit 1`)]).toEqual([
        table,
        INSUFFICIENT_PRIVILEGE,
      ]);
      expect([table, await outcome(name, `delete from "${table.schema}"."${table.name}"`)]).toEqual([
        table,
        INSUFFICIENT_PRIVILEGE,
      ]);
    }
  });

  it("calls no other domain's function, SECURITY DEFINER ones included, with or without a tenant", async () => {
    const foreign = functions.filter((fn) => fn.schema !== name);
    expect(foreign.filter((fn) => fn.definer).length).toBeGreaterThan(4);
    for (const fn of foreign) {
      for (const tenant of [randomUUID(), null]) {
        expect([fn.call, await outcome(name, `select ${fn.call}`, tenant)]).toEqual([fn.call, INSUFFICIENT_PRIVILEGE]);
      }
    }
  });

  it('cannot become another role, nor create anything', async () => {
    for (const target of ['ucos_owner', PLACEHOLDER_ROLE, ...others.map(serviceRole)]) {
      expect(await outcome(name, `set role ${target}`)).toBe(INSUFFICIENT_PRIVILEGE);
    }
    expect(await outcome(name, 'create table public.smuggled (x int)')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await outcome(name, `create table "${name}".smuggled (x int)`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await outcome(name, 'create temporary table smuggled (x int)')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await outcome(name, 'create schema smuggled')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await outcome(name, 'select * from public.ucos_schema_migrations')).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('still reaches every table of its own schema and its relay functions', async () => {
    const own = tables.filter((table) => table.schema === name);
    expect(own.map((table) => table.name)).toEqual(
      expect.arrayContaining(['outbox', 'audit_log', 'processed_messages', 'idempotency_records']),
    );
    for (const table of own) {
      // a few tenant-less tables are reachable only through their security-definer functions
      const expected = FUNCTION_ONLY_TABLES.includes(`${name}.${table.name}`) ? INSUFFICIENT_PRIVILEGE : 'ok';
      expect([table, await outcome(name, `select 1 from "${name}"."${table.name}" limit 1`)]).toEqual([
        table,
        expected,
      ]);
    }
    expect(await outcome(name, `select * from "${name}".outbox_claim(0)`, null)).toBe('ok');
    expect(await outcome(name, `select "${name}".outbox_mark('{}', '{}', null)`, null)).toBe('ok');
    // idempotency records are claimed and completed by the service, removed only by the retention job
    expect(await outcome(name, `delete from "${name}".idempotency_records`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await outcome(name, `select "${name}".idempotency_records_prune(1e9, 0)`, null)).toBe('ok');
  });
});

describe('credentials', () => {
  const credentialColumns = [
    ['users', 'password_hash', 'id, email, name, created_at'],
    ['customer_accounts', 'password_hash', 'tenant_id, id, email, name'],
    ['api_keys', 'key_hash', 'tenant_id, id, prefix, scopes, revoked_at'],
    // the password a sign-up or a shopper registration waits with
    ['tenant_sign_ups', 'password_hash', 'tenant_id, invitation_id, email, expires_at'],
    ['customer_sign_ups', 'password_hash', 'tenant_id, id, email, expires_at'],
  ] as const;

  it('are not readable by the identity role itself, only the columns around them', async () => {
    for (const [table, column, readable] of credentialColumns) {
      expect([table, await outcome('identity', `select ${column} from identity.${table} limit 1`)]).toEqual([
        table,
        INSUFFICIENT_PRIVILEGE,
      ]);
      expect([table, await outcome('identity', `select * from identity.${table} limit 1`)]).toEqual([
        table,
        INSUFFICIENT_PRIVILEGE,
      ]);
      // nor guessed through a filter on the column
      expect([table, await outcome('identity', `select 1 from identity.${table} where ${column} like 's%'`)]).toEqual([
        table,
        INSUFFICIENT_PRIVILEGE,
      ]);
      expect([table, await outcome('identity', `select ${readable} from identity.${table} limit 1`)]).toEqual([
        table,
        'ok',
      ]);
    }
  });

  it('leave the database only through the sign-in step that needs them, for the identity role alone', async () => {
    const pool = db.servicePool('identity');
    const email = `owner-${randomUUID()}@example.com`;
    await pool.query(`select identity.user_register($1, 'scrypt$stored-hash', 'Owner')`, [email]);
    const { rows } = await pool.query('select password_hash from identity.login_lookup($1, null)', [email]);
    expect(rows).toEqual([{ password_hash: 'scrypt$stored-hash' }]);
    for (const other of NAMES.filter((name) => name !== 'identity')) {
      expect(await outcome(other, `select * from identity.login_lookup('${email}', null)`, null)).toBe(
        INSUFFICIENT_PRIVILEGE,
      );
    }
  });

  it("a shopper's hash comes back only for the current shop", async () => {
    const [shopA, shopB] = [randomUUID(), randomUUID()];
    await admin.query(`insert into identity.tenants (tenant_id, slug, name) values ($1, $2, 'A'), ($3, $4, 'B')`, [
      shopA,
      `a-${shopA.slice(0, 8)}`,
      shopB,
      `b-${shopB.slice(0, 8)}`,
    ]);
    await admin.query(
      `insert into identity.customer_accounts (tenant_id, email, password_hash) values ($1, 'shopper@example.com', 'scrypt$a')`,
      [shopA],
    );
    const lookup = (tenantId: string | null) =>
      withTenantClient(db.servicePool('identity'), tenantId, async (client) =>
        (
          await client.query<{ password_hash: string }>(
            `select password_hash from identity.customer_login_lookup('SHOPPER@example.com')`,
          )
        ).rows.map((row) => row.password_hash),
      );
    expect(await lookup(shopA)).toEqual(['scrypt$a']);
    expect(await lookup(shopB)).toEqual([]);
    expect(await lookup(null)).toEqual([]);
  });
});

describe('the database as a whole', () => {
  it('grants each SECURITY DEFINER function to exactly its own schema role, never to PUBLIC', async () => {
    // trigger functions cannot be called, only fired by the table they belong to: nobody executes them
    const { rows } = await admin.query<{ schema: string; fn: string; executors: string[]; trigger: boolean }>(
      `select n.nspname as schema, p.oid::regprocedure::text as fn, p.prorettype = 'trigger'::regtype as trigger,
              array(select coalesce(r.rolname::text, 'PUBLIC') from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                      left join pg_roles r on r.oid = a.grantee
                     where a.privilege_type = 'EXECUTE' and a.grantee <> p.proowner order by 1) as executors
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any($1) and p.prosecdef order by 1, 2`,
      [NAMES],
    );
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows) {
      expect([row.fn, row.executors]).toEqual([row.fn, row.trigger ? [] : [serviceRole(row.schema)]]);
    }
  });

  it('leaves the retired shared role nothing: no connection, no schema, no object', async () => {
    const { rows } = await admin.query<{ what: string }>(
      `with placeholder as (select oid from pg_roles where rolname = $1::text)
       select 'connect' as what where has_database_privilege($1::text, current_database(), 'CONNECT')
       union all select 'schema ' || s from unnest($2::text[]) s where has_schema_privilege($1::text, s, 'USAGE')
       union all select 'table ' || c.oid::regclass from pg_class c
        where c.relnamespace::regnamespace::text = any($2::text[])
          and exists (select 1 from aclexplode(c.relacl) a where a.grantee = (select oid from placeholder))
       union all select 'function ' || p.oid::regprocedure from pg_proc p
        where p.pronamespace::regnamespace::text = any($2::text[])
          and exists (select 1 from aclexplode(p.proacl) a where a.grantee = (select oid from placeholder))`,
      [PLACEHOLDER_ROLE, NAMES],
    );
    expect(rows).toEqual([]);
  });

  it('keeps the append-only ledgers append-only for their own role', async () => {
    for (const [schema, table] of [
      ['kit', 'outbox'],
      ['kit', 'audit_log'],
      ['inventory', 'stock_movements'],
      ['orders', 'order_transitions'],
      ['orders', 'order_refunds'],
      ['fulfillment', 'transitions'],
    ] as const) {
      for (const owner of schema === 'kit' ? NAMES : [schema]) {
        expect([owner, table, await outcome(owner, `delete from "${owner}".${table}`)]).toEqual([
          owner,
          table,
          INSUFFICIENT_PRIVILEGE,
        ]);
        expect([owner, table, await outcome(owner, `update "${owner}".${table} set tenant_id = tenant_id`)]).toEqual([
          owner,
          table,
          INSUFFICIENT_PRIVILEGE,
        ]);
      }
    }
  });
});

describe('statement_timeout', () => {
  it('cancels a statement that runs longer than the configured limit', async () => {
    const short = await createTestDatabase([{ schema: 'catalog', directory: `${root}subgraphs/catalog/migrations` }], {
      statementTimeoutMs: 300,
      idleInTransactionTimeoutMs: 1_000,
    });
    try {
      const started = performance.now();
      const error = await short.appPool.query('select pg_sleep(3)').catch((failure: { code?: string }) => failure);
      expect((error as { code?: string }).code).toBe(QUERY_CANCELED);
      expect(performance.now() - started).toBeLessThan(2_000);
      // an abandoned transaction is ended by the server, so it holds no locks for long
      const client = new pg.Client({ connectionString: short.appUrl });
      const ended = new Promise<Error>((resolve) => client.once('error', resolve));
      await client.connect();
      try {
        await client.query('begin');
        expect((await ended).message).toMatch(/idle-in-transaction/);
      } finally {
        await client.end().catch(() => undefined);
      }
    } finally {
      await short.drop();
    }
  });
});

describe('the launcher', () => {
  it('refuses the one shared connection of earlier versions rather than ignore it', async () => {
    await expect(
      preparePlatformDatabase({
        root,
        dataDir: '/nonexistent',
        embeddedPort: 1,
        appPassword: 'unused',
        serverUrl: 'postgres://nobody@127.0.0.1:1/none',
        env: { APP_DATABASE_URL: 'postgres://ucos_app:secret@127.0.0.1:5432/ucos' },
      }),
    ).rejects.toThrow(/APP_DATABASE_URL is no longer used.*IDENTITY_DATABASE_URL, CATALOG_DATABASE_URL/);
  });
});
