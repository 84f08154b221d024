import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceDataChange,
  DATA_CHANGES_CHANNEL,
  type DataChange,
  dataChangeAnnouncer,
  holdDataChangeAnnouncer,
} from '../src/data-changes.ts';
import { defineEvents, event, pgUnitOfWork } from '../src/db/unit-of-work.ts';
import { ok, payloadError } from '../src/errors.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

/**
 * What lets a gateway cache partner answers: every commit of a tenant's data is announced on Redis
 * (and only a commit), in bursts coalesced to a first and a trailing message, so the last commit of
 * a burst is always followed by an announcement.
 */
const redisUrl = process.env.REDIS_URL;
const logger = createLogger('data-changes-test', 'silent');
const SCHEMA = 'events_fixture';
const NOTE_EVENTS = defineEvents('events_fixture', {
  'events_fixture.note.written': event<{ noteId: string; body: string }>('Note'),
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!redisUrl)('data-change announcements (real Redis)', () => {
  let listener: Redis;
  const heard: DataChange[] = [];
  const heardFor = (tenantId: string) => heard.filter((change) => change.tenantId === tenantId);

  beforeAll(async () => {
    listener = new Redis(redisUrl!);
    listener.on('message', (_channel, message) => heard.push(JSON.parse(message) as DataChange));
    await listener.subscribe(DATA_CHANGES_CHANNEL);
  });
  afterAll(async () => {
    await listener?.quit();
  });

  it('announces the first commit at once and a burst with one trailing message', async () => {
    const announcer = dataChangeAnnouncer({ redisUrl: redisUrl!, logger, coalesceMs: 100 });
    const tenant = randomUUID();
    announcer.announce('catalog', tenant);
    await wait(40);
    expect(heardFor(tenant)).toEqual([{ tenantId: tenant, domain: 'catalog' }]);
    for (let commit = 0; commit < 20; commit++) announcer.announce('catalog', tenant);
    await wait(250);
    // the burst inside the first window: one trailing message, not twenty
    expect(heardFor(tenant)).toHaveLength(2);
    // another domain of the same tenant is its own message
    announcer.announce('inventory', tenant);
    await wait(40);
    expect(heardFor(tenant).at(-1)).toEqual({ tenantId: tenant, domain: 'inventory' });
    await announcer.close();
  });

  describe('the unit of work announces its commits through the process announcer', () => {
    let db: TestDatabase;
    let release: () => Promise<void>;
    beforeAll(async () => {
      db = await createTestDatabase([
        { schema: SCHEMA, directory: new URL('./fixtures/migrations/', import.meta.url) },
      ]);
      release = holdDataChangeAnnouncer(redisUrl!, logger);
    });
    afterAll(async () => {
      await release?.();
      await db?.drop();
    });
    const unitFor = (tenantId: string) => pgUnitOfWork(db.appPool, tenantId, { schema: SCHEMA, events: NOTE_EVENTS });
    const insertNote = (tenantId: string) => (sql: import('pg').PoolClient) =>
      sql.query(`insert into ${SCHEMA}.notes (tenant_id, id, body) values ($1, $2, 'n')`, [tenantId, randomUUID()]);

    it('after a commit, for the tenant and the domain of the unit of work', async () => {
      const tenant = randomUUID();
      await unitFor(tenant).tx(async (sql) => {
        await insertNote(tenant)(sql);
        return ok(null);
      });
      await wait(60);
      expect(heardFor(tenant)).toEqual([{ tenantId: tenant, domain: SCHEMA }]);
    });

    it('never for a rolled-back result or a read', async () => {
      const tenant = randomUUID();
      await unitFor(tenant).tx(async (sql) => {
        await insertNote(tenant)(sql);
        return { ok: false as const, errors: [payloadError('NOPE', 'refused', ['input'])] };
      });
      await unitFor(tenant).run((sql) => sql.query('select 1'));
      await wait(100);
      expect(heardFor(tenant)).toEqual([]);
    });

    it('is silent in a process that holds no announcer', async () => {
      await release();
      const tenant = randomUUID();
      announceDataChange('catalog', tenant);
      await wait(60);
      expect(heardFor(tenant)).toEqual([]);
      release = holdDataChangeAnnouncer(redisUrl!, logger);
    });
  });
});
