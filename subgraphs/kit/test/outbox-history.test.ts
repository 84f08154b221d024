import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withTenantClient } from '../src/db/pg-tenant.ts';
import { createEnvelope } from '../src/events/event.ts';
import { enqueueEvent } from '../src/events/outbox.ts';
import { outboxHistory } from '../src/events/outbox-history.ts';
import { suiteFixture } from '../src/testing/suite.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

const SCHEMA = 'events_fixture';
const tenantA = randomUUID();
const tenantB = randomUUID();
let db: TestDatabase;

suiteFixture(async (own) => {
  db = own(
    await createTestDatabase([{ schema: SCHEMA, directory: new URL('./fixtures/migrations/', import.meta.url) }]),
  );
});

const enqueue = (tenantId: string, aggregateType: string, aggregateId: string, type: string) =>
  withTenantClient(db.appPool, tenantId, (client) =>
    enqueueEvent(client, SCHEMA, createEnvelope({ type, tenantId, aggregateType, aggregateId, payload: { type } })),
  );

const history = (tenantId: string, aggregateId: string, aggregateType?: string) =>
  withTenantClient(db.appPool, tenantId, (sql) =>
    outboxHistory(sql, { schema: SCHEMA, aggregateId, ...(aggregateType ? { aggregateType } : {}) }),
  );

describe('outboxHistory', () => {
  it("lists one aggregate's events oldest first, of the tenant's rows only, narrowed to a type when asked", async () => {
    const id = randomUUID();
    await enqueue(tenantA, 'Order', id, 'test.order.created');
    await enqueue(tenantA, 'Order', id, 'test.order.paid');
    await enqueue(tenantA, 'Invoice', id, 'test.invoice.issued');
    await enqueue(tenantA, 'Order', randomUUID(), 'test.order.created');
    await enqueue(tenantB, 'Order', id, 'test.order.created');

    const all = await history(tenantA, id);
    expect(all.map((row) => row.type)).toEqual(['test.order.created', 'test.order.paid', 'test.invoice.issued']);
    expect(all[0]).toMatchObject({ version: 1, publishedAt: null, payload: { type: 'test.order.created' } });
    expect(all[0]!.occurredAt).toBeInstanceOf(Date);

    const orders = await history(tenantA, id, 'Order');
    expect(orders.map((row) => row.type)).toEqual(['test.order.created', 'test.order.paid']);
    expect(await history(randomUUID(), id)).toEqual([]);
  });
});
