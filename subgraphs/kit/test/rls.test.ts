import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenantClient } from '../src/db/pg-tenant.ts';
import { assertTenantTablesProtected } from '../src/db/rls-audit.ts';
import { assertUnprivileged } from '../src/db/roles.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

const tenantA = randomUUID();
const tenantB = randomUUID();
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase([
    { schema: 'rls_fixture', directory: new URL('./fixtures/migrations/', import.meta.url) },
  ]);
  for (const [tenant, body] of [
    [tenantA, 'a1'],
    [tenantA, 'a2'],
    [tenantB, 'b1'],
  ] as const) {
    await withTenantClient(db.appPool, tenant, (client) =>
      client.query('insert into rls_fixture.notes (tenant_id, body) values ($1, $2)', [tenant, body]),
    );
  }
});
afterAll(() => db?.drop());

describe('row-level security as the application role', () => {
  it('returns only the current tenant rows for a query without any tenant filter', async () => {
    const rows = await withTenantClient(db.appPool, tenantA, async (client) => {
      const result = await client.query<{ body: string }>('select body from rls_fixture.notes order by body');
      return result.rows.map((row) => row.body);
    });
    expect(rows).toEqual(['a1', 'a2']);
  });

  it('refuses to insert a row for another tenant', async () => {
    await expect(
      withTenantClient(db.appPool, tenantA, (client) =>
        client.query('insert into rls_fixture.notes (tenant_id, body) values ($1, $2)', [tenantB, 'smuggled']),
      ),
    ).rejects.toThrow(/row-level security/);
    const count = await withTenantClient(db.appPool, tenantB, async (client) =>
      Number((await client.query('select count(*) from rls_fixture.notes')).rows[0].count),
    );
    expect(count).toBe(1);
  });

  it('refuses to move a row to another tenant', async () => {
    await expect(
      withTenantClient(db.appPool, tenantA, (client) =>
        client.query('update rls_fixture.notes set tenant_id = $1', [tenantB]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('sees nothing without a tenant, and nothing on a pooled connection a tenant used before', async () => {
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 1 });
    try {
      await withTenantClient(pool, tenantA, (client) => client.query('select 1'));
      const reused = await pool.query('select count(*)::int as n from rls_fixture.notes');
      expect(reused.rows[0].n).toBe(0);
      const none = await withTenantClient(pool, null, (client) =>
        client.query('select count(*)::int as n from rls_fixture.notes'),
      );
      expect(none.rows[0].n).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('connects as a role that is neither superuser, BYPASSRLS nor owner', async () => {
    await expect(assertUnprivileged(db.appPool)).resolves.toBeUndefined();
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      await expect(assertUnprivileged(admin)).rejects.toThrow(/refusing to serve/);
    } finally {
      await admin.end();
    }
  });

  it('finds every tenant table protected (and would name one that is not)', async () => {
    await expect(assertTenantTablesProtected(db.adminUrl, 'rls_fixture')).resolves.toEqual(
      expect.arrayContaining(['notes', 'outbox', 'audit_log', 'processed_messages']),
    );
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      await admin.query('create table rls_fixture.leaky (tenant_id uuid not null, x int)');
    } finally {
      await admin.end();
    }
    await expect(assertTenantTablesProtected(db.adminUrl, 'rls_fixture')).rejects.toThrow(/leaky/);
  });

  it('accepts a tenant table without a policy only while no role but its owner holds a privilege on it', async () => {
    const problems = () =>
      assertTenantTablesProtected(db.adminUrl, 'rls_fixture').then(
        () => '',
        (error: Error) => error.message,
      );
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      // what only SECURITY DEFINER functions of the schema read (catalog's search mirror)
      await admin.query(`create table rls_fixture.definer_only (tenant_id uuid not null, id uuid not null,
        primary key (tenant_id, id))`);
      expect(await problems()).not.toMatch(/definer_only/);
      await admin.query('grant select on rls_fixture.definer_only to public');
      expect(await problems()).toMatch(/definer_only: RLS not enabled/);
    } finally {
      await admin.end();
    }
  });
});
