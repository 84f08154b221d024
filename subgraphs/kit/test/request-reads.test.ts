import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { RequestReads } from '../src/db/request-reads.ts';
import { defineEvents, event, pgUnitOfWork } from '../src/db/unit-of-work.ts';
import { ok } from '../src/errors.ts';
import { suiteFixture } from '../src/testing/suite.ts';
import type { TestDatabase } from '../src/testing.ts';
import { fixtureDatabase } from './fixture-database.ts';

const SCHEMA = 'events_fixture';
const EVENTS = defineEvents('events_fixture', { 'events_fixture.note.written': event<{ noteId: string }>('Note') });

/** which transaction (and backend) ran the statement, and what the tenant's policy let it see */
const probe = async (sql: pg.PoolClient) => {
  const { rows } = await sql.query<{ txid: string; pid: number; bodies: string[] | null }>(
    `select txid_current()::text as txid, pg_backend_pid() as pid,
            (select array_agg(body order by body) from ${SCHEMA}.notes) as bodies`,
  );
  return { ...rows[0]!, bodies: rows[0]!.bodies ?? [] };
};

describe("one request's reads in one tenant transaction (real PostgreSQL)", () => {
  let db: TestDatabase;
  let admin: pg.Client;
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  suiteFixture(async (own) => {
    ({ db, admin } = await fixtureDatabase(own, SCHEMA));
    await admin.query(`insert into ${SCHEMA}.notes (tenant_id, body) values ($1, 'a1'), ($1, 'a2'), ($2, 'b1')`, [
      tenantA,
      tenantB,
    ]);
  });

  it("shares one transaction between a request's batches, each request seeing only its own tenant's rows", async () => {
    const [readsA, readsB] = [new RequestReads(db.appPool, tenantA), new RequestReads(db.appPool, tenantB)];
    // batches of two requests, interleaved as concurrent requests interleave
    const [a1, b1, a2, b2] = await Promise.all([
      readsA.run(probe),
      readsB.run(probe),
      readsA.run(probe),
      readsB.run(probe),
    ]);
    expect(a1.bodies).toEqual(['a1', 'a2']);
    expect(b1.bodies).toEqual(['b1']);
    expect([a2.bodies, b2.bodies]).toEqual([a1.bodies, b1.bodies]);
    expect(a2.txid).toBe(a1.txid);
    expect(b2.txid).toBe(b1.txid);
    expect(a1.txid).not.toBe(b1.txid);
    await Promise.all([readsA.close(), readsB.close()]);
  });

  it('gives the connection back at close, and a read after it a transaction of its own', async () => {
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
    try {
      const reads = new RequestReads(pool, tenantA);
      const before = await reads.run(probe);
      expect(pool.idleCount).toBe(0);
      await reads.close();
      expect(pool.totalCount - pool.idleCount).toBe(0);
      const late = await reads.run(probe);
      expect(late.bodies).toEqual(['a1', 'a2']);
      expect(late.txid).not.toBe(before.txid);
      expect(pool.totalCount - pool.idleCount).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('lets a write go first: its unit of work gives the read connection back before taking one (a pool of one does not deadlock)', async () => {
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 1 });
    try {
      const reads = new RequestReads(pool, tenantA);
      const unit = pgUnitOfWork(pool, tenantA, { schema: SCHEMA, events: EVENTS }).readingThrough(reads);
      expect((await unit.run(probe)).bodies).toEqual(['a1', 'a2']);
      const written = await unit.tx(async (sql, tx) => {
        await sql.query(`insert into ${SCHEMA}.notes (tenant_id, body) values ($1, 'a3')`, [tx.tenantId]);
        return ok(true);
      });
      expect(written).toMatchObject({ ok: true });
      expect((await unit.run(probe)).bodies).toEqual(['a1', 'a2', 'a3']);
      await reads.close();
      expect(pool.totalCount - pool.idleCount).toBe(0);
      await admin.query(`delete from ${SCHEMA}.notes where body = 'a3'`);
    } finally {
      await pool.end();
    }
  });

  it('rolls back a batch that fails and starts the next one in a clean transaction', async () => {
    const reads = new RequestReads(db.appPool, tenantA);
    const first = await reads.run(probe);
    await expect(reads.run((sql) => sql.query('select 1 / 0'))).rejects.toThrow('division by zero');
    const after = await reads.run(probe);
    expect(after.bodies).toEqual(['a1', 'a2']);
    expect(after.txid).not.toBe(first.txid);
    await reads.close();
  });

  it('serves a unit of work’s plain reads, while its writes keep their own transaction and are seen by the reads after them', async () => {
    const reads = new RequestReads(db.appPool, tenantB);
    const unit = pgUnitOfWork(db.appPool, tenantB, { schema: SCHEMA, events: EVENTS }).readingThrough(reads);
    const first = await unit.run(probe);
    const written = await unit.tx(async (sql, tx) => {
      await sql.query(`insert into ${SCHEMA}.notes (tenant_id, body) values ($1, 'b2')`, [tx.tenantId]);
      return ok((await probe(sql)).txid);
    });
    expect(written).toMatchObject({ ok: true });
    expect(written.ok && written.value).not.toBe(first.txid);
    // the write ended the read transaction (its connection went back first); the next read opens one
    const after = await unit.run(probe);
    expect(after.txid).not.toBe(first.txid);
    expect(after.bodies).toEqual(['b1', 'b2']);
    expect((await unit.run(probe)).txid).toBe(after.txid);
    // another tenant's unit of work never reads through this request's transaction
    expect((await unit.as(tenantA).run(probe)).bodies).toEqual(['a1', 'a2']);
    expect(() => pgUnitOfWork(db.appPool, tenantA, { schema: SCHEMA, events: EVENTS }).readingThrough(reads)).toThrow(
      'another tenant',
    );
    await reads.close();
  });
});
