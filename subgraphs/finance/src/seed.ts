import type { EventEnvelope } from '@ucos/kit';
import type pg from 'pg';
import { tenantDb } from './db.ts';
import { postingHandler } from './events/in/posting.ts';

/**
 * Posts events straight through the posting consumer on `pool` (finance's own role), as the worker
 * would: the demo data and the bench feed the ledger this way. Each event once (processed_messages
 * and the journal's source key), so a second run posts nothing.
 */
export async function postEvents(pool: pg.Pool, envelopes: readonly EventEnvelope[]): Promise<void> {
  const handle = postingHandler(tenantDb(pool, null, null));
  for (const envelope of envelopes) {
    await handle(envelope, { deliveryCount: 1, consumer: 'finance-posting', subject: `ucos.${envelope.type}` });
  }
}

/** Closes a month (`YYYY-MM`) if it is open, as `fiscalPeriodClose` does. */
export async function closeMonth(pool: pg.Pool, tenantId: string, month: string): Promise<void> {
  const { setPeriodStatus } = await import('./data/periods.ts');
  await setPeriodStatus(tenantDb(pool, tenantId, null), month, 'closed', 'demo');
}
