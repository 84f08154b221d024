import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import {
  defineEvents,
  event,
  idempotentConsumer,
  idempotentConsumers,
  partTypes,
  pgUnitOfWork,
  prismaUnitOfWork,
  reject,
  type UnitOfWork,
} from '../src/db/unit-of-work.ts';
import { ok, payloadError } from '../src/errors.ts';
import { createEnvelope, type EventEnvelope } from '../src/events/event.ts';
import { InProcessEventBus } from '../src/events/in-process-bus.ts';
import { OutboxRelay } from '../src/events/relay.ts';
import { createLogger } from '../src/logger.ts';
import { suiteFixture } from '../src/testing/suite.ts';
import type { TestDatabase } from '../src/testing.ts';
import { fixtureDatabase } from './fixture-database.ts';

const SCHEMA = 'events_fixture';
const logger = createLogger('unit-of-work-test', 'silent');

interface NoteWritten {
  noteId: string;
  body: string;
}

const NOTE_EVENTS = defineEvents('events_fixture', {
  'events_fixture.note.written': event<NoteWritten>('Note'),
  'events_fixture.note.erased': event<{ noteId: string }>('Note', { version: 2 }),
  'events_fixture.note.archived': event<{ noteId: string }>('Note', { prompt: false }),
});

describe('the unit of work (real PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: pg.Client;
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  suiteFixture(async (own) => {
    ({ db, admin } = await fixtureDatabase(own, SCHEMA));
  });

  const kicks = () => {
    const relay = { count: 0, kick: () => void relay.count++ };
    return relay;
  };
  const unitFor = (tenantId: string | null, relay = kicks()) =>
    pgUnitOfWork(db.appPool, tenantId, { schema: SCHEMA, events: NOTE_EVENTS, relay });

  const insertNote = (sql: pg.PoolClient, tenantId: string, body: string, id: string = randomUUID()) =>
    sql.query(`insert into ${SCHEMA}.notes (tenant_id, id, body) values ($1, $2, $3)`, [tenantId, id, body]);

  async function stored(body: string) {
    const notes = await admin.query(`select tenant_id from ${SCHEMA}.notes where body = $1`, [body]);
    const events = await admin.query(
      `select type, version, aggregate_type, tenant_id, payload from ${SCHEMA}.outbox where payload->>'body' = $1`,
      [body],
    );
    return { notes: notes.rows, events: events.rows };
  }

  it('commits an ok result with its events (aggregate and version from the catalogue), then kicks the relay', async () => {
    const relay = kicks();
    const unit = unitFor(tenantA, relay);
    const body = `committed-${randomUUID()}`;
    const result = await unit.tx(async (sql, tx) => {
      const id = randomUUID();
      await insertNote(sql, tx.tenantId as string, body, id);
      await tx.emit('events_fixture.note.written', id, { noteId: id, body });
      expect(relay.count).toBe(0); // not before the commit
      return ok(id);
    });
    expect(result.ok).toBe(true);
    expect(relay.count).toBe(1);
    expect(await stored(body)).toEqual({
      notes: [{ tenant_id: tenantA }],
      events: [
        {
          type: 'events_fixture.note.written',
          version: 1,
          aggregate_type: 'Note',
          tenant_id: tenantA,
          payload: { noteId: expect.any(String), body },
        },
      ],
    });
  });

  it('rolls back a failed result: no row, no event, no kick, and the result is returned as it was', async () => {
    const relay = kicks();
    const body = `failed-${randomUUID()}`;
    const failure = {
      ok: false as const,
      errors: [payloadError('TOO_LONG', 'The note is too long', ['input', 'body'])],
    };
    const result = await unitFor(tenantA, relay).tx(async (sql, tx) => {
      const id = randomUUID();
      await insertNote(sql, tenantA, body, id);
      await tx.emit('events_fixture.note.written', id, { noteId: id, body });
      return failure;
    });
    expect(result).toEqual(failure);
    expect(relay.count).toBe(0);
    expect(await stored(body)).toEqual({ notes: [], events: [] });
  });

  it('turns a thrown Rejection into a failed result and rolls back', async () => {
    const body = `rejected-${randomUUID()}`;
    const result = await unitFor(tenantA).tx(async (sql) => {
      await insertNote(sql, tenantA, body);
      return reject('NOT_ALLOWED', 'Rejected deep inside', ['input']);
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'NOT_ALLOWED', message: 'Rejected deep inside', field: ['input'] }],
    });
    expect(await stored(body)).toEqual({ notes: [], events: [] });
  });

  it('maps a listed unique violation to its business error and lets any other one propagate', async () => {
    const id = randomUUID();
    const body = `unique-${randomUUID()}`;
    const unit = unitFor(tenantA);
    expect((await unit.tx(async (sql) => ok(await insertNote(sql, tenantA, body, id)))).ok).toBe(true);
    const duplicate = payloadError('DUPLICATE_NOTE', 'That note exists', ['input', 'id']);
    const mapped = await unit.tx(
      async (sql, tx) => {
        await tx.emit('events_fixture.note.written', id, { noteId: id, body: `${body}-again` });
        return ok(await insertNote(sql, tenantA, `${body}-again`, id));
      },
      { unique: { notes_pkey: duplicate } },
    );
    expect(mapped).toEqual({ ok: false, errors: [duplicate] });
    expect(await stored(`${body}-again`)).toEqual({ notes: [], events: [] });
    await expect(unit.tx(async (sql) => ok(await insertNote(sql, tenantA, body, id)))).rejects.toMatchObject({
      code: '23505',
    });
  });

  it('rolls back and propagates an unexpected error', async () => {
    const body = `thrown-${randomUUID()}`;
    await expect(
      unitFor(tenantA).tx(async (sql) => {
        await insertNote(sql, tenantA, body);
        throw new Error('the database went away');
      }),
    ).rejects.toThrow('the database went away');
    expect(await stored(body)).toEqual({ notes: [], events: [] });
  });

  it('does not kick the relay after a commit that emitted nothing', async () => {
    const relay = kicks();
    await unitFor(tenantA, relay).tx(async (sql) => ok(await insertNote(sql, tenantA, `quiet-${randomUUID()}`)));
    expect(relay.count).toBe(0);
  });

  it('runs after-commit steps only after a commit, and reports a failing step without undoing the commit', async () => {
    const order: string[] = [];
    const reported: unknown[] = [];
    const unit = pgUnitOfWork(db.appPool, tenantA, {
      schema: SCHEMA,
      events: NOTE_EVENTS,
      onAfterCommitError: (error) => reported.push(error),
    });
    const body = `after-${randomUUID()}`;
    const result = await unit.tx(async (sql, tx) => {
      tx.afterCommit(async () => {
        order.push(`step sees ${(await stored(body)).notes.length} note`);
        throw new Error('the other service is down');
      });
      await insertNote(sql, tenantA, body);
      order.push('work');
      return ok(null);
    });
    expect(result.ok).toBe(true);
    expect(order).toEqual(['work', 'step sees 1 note']);
    expect(reported).toEqual([new Error('the other service is down')]);
    const skipped: string[] = [];
    await unit.tx(async (_sql, tx) => {
      tx.afterCommit(() => void skipped.push('ran'));
      return { ok: false, errors: [payloadError('NOPE', 'no')] };
    });
    expect(skipped).toEqual([]);
  });

  it('exposes the tenant and scopes reads to it (RLS)', async () => {
    const body = `scoped-${randomUUID()}`;
    await unitFor(tenantB).tx(async (sql, tx) => ok(await insertNote(sql, tx.tenantId as string, body)));
    const count = (unit: ReturnType<typeof unitFor>) =>
      unit.run(async (sql) => (await sql.query(`select 1 from ${SCHEMA}.notes where body = $1`, [body])).rowCount);
    expect(await count(unitFor(tenantB))).toBe(1);
    expect(await count(unitFor(tenantA))).toBe(0);
    expect(await count(unitFor(null))).toBe(0);
    expect(unitFor(tenantA).as(tenantB).tenantId).toBe(tenantB);
  });

  it('accepts only the catalogue: an unknown type or a wrong payload does not compile, and is refused at run time', async () => {
    const unit = unitFor(tenantA);
    const result = unit.tx(async (_sql, tx) => {
      // @ts-expect-error payload of another event
      await tx.emit('events_fixture.note.erased', randomUUID(), { noteId: 'x', body: 'x' }).catch(() => undefined);
      // @ts-expect-error not in the catalogue
      await tx.emit('events_fixture.note.shredded', randomUUID(), {});
      return ok(null);
    });
    await expect(result).rejects.toThrow('"events_fixture.note.shredded" is not in the events_fixture event catalogue');
    expect(() => defineEvents('orders', { 'catalog.product.created': event('Product') })).toThrow(
      'event "catalog.product.created" is not in domain "orders"',
    );
    // @ts-expect-error aggregate types are PascalCase
    expect(() => event('order')).toThrow('aggregate type "order" must be PascalCase');
    await expect(
      unitFor(null).tx(async (_sql, tx) => {
        await tx.emit('events_fixture.note.erased', randomUUID(), { noteId: 'x' });
        return ok(null);
      }),
    ).rejects.toThrow('cannot emit "events_fixture.note.erased" without a tenant');
  });

  it('publishes promptly: the kick wakes a relay that would otherwise sleep for a minute', async () => {
    const bus = new InProcessEventBus({ logger });
    const received: EventEnvelope[] = [];
    const subscription = await bus.subscribe({
      consumer: 'uow-test',
      subjects: ['ucos.events_fixture.note.>'],
      handler: (envelope) => void received.push(envelope),
    });
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus, intervalMs: 60_000, logger });
    relay.start();
    try {
      // the first poll runs at start; wait for it to go to sleep
      await new Promise((resolve) => setTimeout(resolve, 200));
      const body = `prompt-${randomUUID()}`;
      const unit = pgUnitOfWork(db.appPool, tenantA, { schema: SCHEMA, events: NOTE_EVENTS, relay });
      await unit.tx(async (sql, tx) => {
        const id = randomUUID();
        await insertNote(sql, tenantA, body, id);
        await tx.emit('events_fixture.note.written', id, { noteId: id, body });
        return ok(id);
      });
      await vi.waitFor(
        () => expect(received.map((envelope) => envelope.payload)).toContainEqual(expect.objectContaining({ body })),
        { timeout: 3_000, interval: 20 },
      );
    } finally {
      await relay.stop();
      await subscription.stop();
      await bus.close();
    }
  });

  it('runs over a Prisma-style interactive transaction: tenant set first, a failed result rolls back', async () => {
    // the slice of a generated PrismaClient the kit uses, over a real connection
    const prismaLike = {
      async $transaction<R>(
        work: (tx: { $executeRawUnsafe: (q: string, ...v: unknown[]) => Promise<number> }) => Promise<R>,
      ) {
        const client = await db.appPool.connect();
        try {
          await client.query('begin');
          const tx = {
            $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
              (await client.query(query, values)).rowCount ?? 0,
          };
          const result = await work(tx);
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback');
          throw error;
        } finally {
          client.release();
        }
      },
      $disconnect: async () => undefined,
    };
    const relay = kicks();
    const unit: UnitOfWork<{ $executeRawUnsafe: (q: string, ...v: unknown[]) => Promise<number> }, typeof NOTE_EVENTS> =
      prismaUnitOfWork(prismaLike, tenantA, { schema: SCHEMA, events: NOTE_EVENTS, relay });
    const kept = `prisma-${randomUUID()}`;
    const dropped = `prisma-${randomUUID()}`;
    for (const [body, succeed] of [
      [kept, true],
      [dropped, false],
    ] as const) {
      await unit.tx(async (tx, uow) => {
        const id = randomUUID();
        await tx.$executeRawUnsafe(
          `insert into ${SCHEMA}.notes (tenant_id, id, body) values ($1::uuid, $2::uuid, $3)`,
          uow.tenantId,
          id,
          body,
        );
        await uow.emit('events_fixture.note.written', id, { noteId: id, body });
        return succeed ? ok(id) : { ok: false, errors: [payloadError('NOPE', 'no')] };
      });
    }
    expect((await stored(kept)).events).toHaveLength(1);
    expect(await stored(dropped)).toEqual({ notes: [], events: [] });
    expect(relay.count).toBe(1);
  });

  it('does not kick the relay for an event declared prompt: false (it waits for the next poll)', async () => {
    const relay = kicks();
    const body = `later-${randomUUID()}`;
    await unitFor(tenantA, relay).tx(async (sql, tx) => {
      const id = randomUUID();
      await insertNote(sql, tenantA, body, id);
      await tx.emit('events_fixture.note.archived', id, { noteId: id });
      return ok(id);
    });
    expect(relay.count).toBe(0);
    expect((await stored(body)).notes).toHaveLength(1);
  });

  it('idempotentConsumer: applies an event once, rolls a throwing handler back for the retry, publishes what it emits', async () => {
    const relay = kicks();
    const unit = pgUnitOfWork(db.appPool, null, { schema: SCHEMA, events: NOTE_EVENTS, relay });
    let failNext = true;
    const handler = idempotentConsumer<typeof NOTE_EVENTS, { body: string }>({
      unitOfWork: unit,
      consumer: 'uow-notes',
      handle: async (envelope, sql, tx) => {
        const id = randomUUID();
        await insertNote(sql, tx.tenantId, envelope.payload.body, id);
        await tx.emit('events_fixture.note.written', id, { noteId: id, body: envelope.payload.body });
        if (failNext) {
          failNext = false;
          throw new Error('the handler failed half way');
        }
      },
    });
    const body = `consumed-${randomUUID()}`;
    const envelope = createEnvelope({
      type: 'other.thing.happened',
      tenantId: tenantA,
      aggregateType: 'Thing',
      aggregateId: randomUUID(),
      payload: { body },
    });
    const meta = { deliveryCount: 1, consumer: 'uow-notes', subject: 'ucos.other.thing.happened' };
    await expect(handler(envelope, meta)).rejects.toThrow('the handler failed half way');
    expect(await stored(body)).toEqual({ notes: [], events: [] });
    expect(relay.count).toBe(0);
    await handler(envelope, meta); // the retry
    await handler(envelope, meta); // a redelivery
    const after = await stored(body);
    expect(after.notes).toEqual([{ tenant_id: tenantA }]);
    expect(after.events).toHaveLength(1);
    expect(relay.count).toBe(1);
  });

  it('idempotentConsumers: the parts of an event run in one transaction with one mark, each on its own types', async () => {
    const unit = pgUnitOfWork(db.appPool, null, { schema: SCHEMA, events: NOTE_EVENTS, relay: kicks() });
    let failSecond = true;
    const ran: string[] = [];
    const part = (name: string, types: string[]) => ({
      types,
      handle: async (envelope: EventEnvelope<{ body: string }>, sql: pg.PoolClient, tx: { tenantId: string }) => {
        ran.push(`${name}:${envelope.type}`);
        await insertNote(sql, tx.tenantId, `${envelope.payload.body}-${name}`);
        if (name === 'second' && failSecond) {
          failSecond = false;
          throw new Error('the second part failed');
        }
      },
    });
    const parts = [
      part('first', ['other.thing.happened', 'other.thing.moved']),
      part('second', ['other.thing.happened']),
    ];
    expect(partTypes(parts)).toEqual(['other.thing.happened', 'other.thing.moved']);
    const handler = idempotentConsumers<typeof NOTE_EVENTS, { body: string }>({
      unitOfWork: unit,
      consumer: 'uow-parts',
      parts,
    });
    const body = `parts-${randomUUID()}`;
    const envelope = (type: string) =>
      createEnvelope({ type, tenantId: tenantA, aggregateType: 'Thing', aggregateId: randomUUID(), payload: { body } });
    const meta = { deliveryCount: 1, consumer: 'uow-parts', subject: 'ucos.other.thing.happened' };
    const happened = envelope('other.thing.happened');
    // the second part throws: the first part's write rolls back with it
    await expect(handler(happened, meta)).rejects.toThrow('the second part failed');
    expect((await stored(`${body}-first`)).notes).toEqual([]);
    await handler(happened, meta); // the retry runs both
    await handler(happened, meta); // a redelivery runs neither
    await handler(envelope('other.thing.moved'), meta); // only the first part takes it
    expect(ran).toEqual([
      'first:other.thing.happened',
      'second:other.thing.happened',
      'first:other.thing.happened',
      'second:other.thing.happened',
      'first:other.thing.moved',
    ]);
    expect((await stored(`${body}-first`)).notes).toHaveLength(2);
    expect((await stored(`${body}-second`)).notes).toHaveLength(1);
    const marks = await admin.query(
      `select count(*)::int as count from ${SCHEMA}.processed_messages where consumer = $1`,
      ['uow-parts'],
    );
    expect(marks.rows[0].count).toBe(2);
  });
});
