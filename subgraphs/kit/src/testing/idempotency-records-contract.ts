import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onceForKey } from '../db/idempotency.ts';
import { type MigrationTarget, migrate } from '../db/migrate.ts';
import type { EventCatalogue, PgUnitOfWork } from '../db/unit-of-work.ts';
import { ok } from '../errors.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';

/** the fingerprint a domain's own store wrote before the kit's (operation, NUL, input as JSON) */
const formerHash = (operation: string, input: unknown) =>
  createHash('sha256').update(operation).update('\u0000').update(JSON.stringify(input)).digest('hex');

export interface IdempotencyRecordsContract {
  /** the domain: its Postgres schema */
  domain: string;
  migrations: MigrationTarget['directory'];
  /** the migration that moved the domain's former `idempotency_keys` into the kit's store (`0033`) */
  migration: string;
  /** one key the former table stored: what the first call answered, and what a second run would */
  former: { key: string; operation: string; input: unknown; responseJson: string; stored: unknown; rerun: unknown };
  /** an operation of the domain, for the records the retention prunes */
  operation: string;
  tenantDb(pool: pg.Pool, tenantId: string): PgUnitOfWork<EventCatalogue, string>;
  /** the domain's worker as the service role of `databaseUrl`, with the given retention */
  worker(
    databaseUrl: string,
    retentionDays: string,
  ): Promise<{ idempotencyPrune: { tick(): Promise<boolean> }; close(): Promise<void> }>;
}

/**
 * A domain's idempotency keys in the kit's store: its migration carries the keys of its former table
 * over (a client's retry after the upgrade still gets its first answer), and its worker prunes
 * records older than the retention.
 */
export function idempotencyRecordsContract(contract: IdempotencyRecordsContract): void {
  const { domain, former } = contract;
  describe(`${domain}'s idempotency records`, () => {
    let db: TestDatabase;
    let admin: pg.Client;
    const before = mkdtempSync(join(tmpdir(), `${domain}-before-${contract.migration}-`));
    const tenantId = randomUUID();

    beforeAll(async () => {
      // the schema as it was before the migration, with one key stored by the former table
      cpSync(contract.migrations, before, {
        recursive: true,
        filter: (path) => !path.endsWith(`${contract.migration}_idempotency_records.sql`),
      });
      db = await createTestDatabase([{ schema: domain, directory: before }]);
      admin = new pg.Client({ connectionString: db.adminUrl });
      await admin.connect();
      await admin.query(
        `insert into ${domain}.idempotency_keys (tenant_id, key, operation, request_hash, response, created_at)
         values ($1, $2, $3, $4, $5, now() - interval '1 day')`,
        [tenantId, former.key, former.operation, formerHash(former.operation, former.input), former.responseJson],
      );
      await migrate(db.adminUrl, [{ schema: domain, directory: contract.migrations }]);
    }, 60_000);
    afterAll(async () => {
      await admin?.end();
      await db?.drop();
      rmSync(before, { recursive: true, force: true });
    });

    it('keeps the keys of the former table: a retry after the upgrade gets the first answer', async () => {
      const table = await admin.query(`select to_regclass('${domain}.idempotency_keys') as still`);
      expect(table.rows[0].still).toBeNull();
      let runs = 0;
      const { key, operation, input } = former;
      const replay = await contract.tenantDb(db.appPool, tenantId).tx((sql, tx) =>
        onceForKey(sql, tx, { schema: domain, key, operation, input }, async () => {
          runs++;
          return ok(former.rerun);
        }),
      );
      expect(replay).toEqual({ ok: true, value: former.stored });
      expect(runs).toBe(0);
    });

    it(`is pruned by ${domain}'s worker after IDEMPOTENCY_RETENTION_DAYS; fresh records stay`, async () => {
      await admin.query(
        `insert into ${domain}.idempotency_records (tenant_id, key, operation, request_hash, response, created_at)
         values ($1, 'old', $2, 'h', '1', now() - interval '8 days'),
                ($1, 'fresh', $2, 'h', '1', now() - interval '6 days')`,
        [tenantId, contract.operation],
      );
      const worker = await contract.worker(db.appUrl, '7');
      try {
        expect(await worker.idempotencyPrune.tick()).toBe(true);
      } finally {
        await worker.close();
      }
      const { rows } = await admin.query<{ key: string }>(
        `select key from ${domain}.idempotency_records where tenant_id = $1 order by key`,
        [tenantId],
      );
      expect(rows.map((row) => row.key)).toEqual([former.key, 'fresh'].sort());
    });
  });
}
