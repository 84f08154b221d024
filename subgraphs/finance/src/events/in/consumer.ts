import {
  type ConsumerPart,
  type EventBus,
  type EventEnvelope,
  type EventHandler,
  idempotentConsumers,
  ok,
  type PgUnitOfWork,
  partTypes,
  type Subscription,
} from '@ucos/kit';
import { lockVariantsText } from '../../data/cost-history.ts';
import { openMonths } from '../../data/ledger.ts';
import { POSTED_EVENT_TYPES, postFromEvent } from '../../data/posting.ts';
import { preparing } from '../../data/prepared.ts';
import type { FinanceEvents } from '../out/finance-events.ts';
import { type BatchedWork, postingBatcher } from './batch.ts';
import { invoicingPart } from './invoicing.ts';
import { postingPart } from './posting.ts';

/** The one durable consumer of the worker (invoicing had its own, `finance-invoicing`, before). */
export const FINANCE_CONSUMER = 'finance-posting';

/** Posting, then invoicing, their statements prepared (`preparing`: parsed and planned once per connection). */
const financeParts = (options: { announce?: boolean }): ConsumerPart<FinanceEvents, unknown>[] =>
  [postingPart, invoicingPart(options)].map((part) => ({
    types: part.types,
    handle: (envelope, sql, tx, meta) => part.handle(envelope, preparing(sql), tx, meta),
  }));

/**
 * Posting and invoicing on one consumer: an order's event is delivered once and handled in one
 * transaction with one `processed_messages` mark, where two consumers took two of each.
 * `announce` false issues invoices without publishing `finance.*.issued` (the demo's back-fill).
 */
export const financeHandler = (
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  options: { announce?: boolean } = {},
): EventHandler<unknown> =>
  idempotentConsumers<FinanceEvents, unknown>({
    unitOfWork,
    consumer: FINANCE_CONSUMER,
    parts: financeParts(options),
  });

/** The event types the consumer subscribes to: what posting or invoicing takes. */
export const CONSUMED_EVENT_TYPES = partTypes([postingPart, invoicingPart()]);

/**
 * What one event does in a batch's transaction: each part that takes its type, in order. Posting
 * takes the tenant's ledger the batch read with the event's mark (`readsLedger`), else reads it.
 */
export const financeWork = (options: { announce?: boolean } = {}): BatchedWork => {
  const invoicing = invoicingPart(options);
  // the batch's client prepares its statements already (`preparing`)
  return async (envelope, sql, tx, meta, ledger) => {
    if (postingPart.types.includes(envelope.type)) await postFromEvent(sql, tx.tenantId, envelope, ledger);
    if (invoicing.types.includes(envelope.type)) await invoicing.handle(envelope, sql, tx, meta);
  };
};

/**
 * The lane of its tenant an event goes to: its order's (an order's events lock its source row, open
 * item and advisory lock: one transaction at a time), else its aggregate's.
 */
export const laneKey = (envelope: EventEnvelope<unknown>): string => {
  const orderId = (envelope.payload as { orderId?: unknown } | null)?.orderId;
  return typeof orderId === 'string' ? orderId : envelope.aggregateId;
};

/**
 * The tenant-wide locks an event may take, in the order every batch takes them: none in the common
 * case (an order placed), then variants' costs (a shipment, a return received, a cost change), then
 * the invoice counter (an issue on capture or shipment, a credit note) and the rest. A batch runs its
 * events by this phase, so two lanes of a tenant do not take the two kinds in opposite orders.
 */
export const postingPhase = (type: string): number =>
  type === 'orders.order.created'
    ? 0
    : type === 'fulfillment.shipment.shipped' ||
        type === 'fulfillment.return.received' ||
        type === 'inventory.variant_cost.changed'
      ? 1
      : 2;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The variants whose cost an event of phase 1 locks (its lines', or the cost's own), as its work will. */
function lockedVariants(envelope: EventEnvelope<unknown>): string[] {
  const payload = envelope.payload as { variantId?: unknown; lines?: unknown } | null;
  const ids =
    envelope.type === 'inventory.variant_cost.changed'
      ? [payload?.variantId]
      : Array.isArray(payload?.lines)
        ? payload.lines.map((line: { variantId?: unknown } | null) => line?.variantId)
        : [];
  return ids.filter((id): id is string => typeof id === 'string' && uuid.test(id));
}

/**
 * Phase 1's locks taken at once as the phase starts, sorted: two lanes of a tenant whose batches ship
 * the same variants in different orders would otherwise lock them in different orders.
 */
export const postingPhaseLocks = (
  phase: number,
  tenantId: string,
  envelopes: EventEnvelope<unknown>[],
  quote: (value: string) => string,
): string | null => (phase === 1 ? lockVariantsText(tenantId, envelopes.flatMap(lockedVariants), quote) : null);

/** (tenant, month) pairs whose fiscal period this process has seen committed; cleared when large */
const MAX_KNOWN_PERIODS = 10_000;

/**
 * Opens, in a transaction of its own, the fiscal periods of the months a batch's events happened in
 * (UTC; `periodOf` creates the same rows) that this process has not seen yet. Created inside a batch,
 * a new month's period is an uncommitted row the tenant's other lanes wait on while its batch waits on
 * their locks (a deadlock PostgreSQL ends after a second: the bench crosses a month every second).
 * An open period with no entry yet is what `periodOf` leaves too when its transaction fails later.
 */
export function periodsOpener(unitOfWork: PgUnitOfWork<FinanceEvents, string | null>) {
  const known = new Set<string>();
  return async (tenantId: string, envelopes: EventEnvelope<unknown>[]): Promise<void> => {
    const months = [
      ...new Set(
        envelopes.flatMap((envelope) => {
          const at = new Date(envelope.occurredAt);
          return Number.isNaN(at.getTime()) ? [] : [`${at.toISOString().slice(0, 7)}-01`];
        }),
      ),
    ].filter((month) => !known.has(`${tenantId}/${month}`));
    if (months.length === 0) return;
    await unitOfWork.as(tenantId).tx(async (client) => {
      await openMonths(client, tenantId, months);
      return ok(null);
    });
    if (known.size > MAX_KNOWN_PERIODS) known.clear();
    for (const month of months) known.add(`${tenantId}/${month}`);
  };
}

/** The event types whose work reads the tenant's ledger (posting's): the batch reads it with their mark. */
export const readsLedger = (type: string): boolean => (POSTED_EVENT_TYPES as readonly string[]).includes(type);

/**
 * The worker's handler: the events of a tenant delivered while its transaction runs are posted
 * together in the next one, each in a savepoint with its own mark (`postingBatcher`), up to
 * `concurrency` transactions (tenants) at once and `batch` events in each.
 */
export const financeBatchHandler = (
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  { concurrency, batch, tenantLanes = 1 }: { concurrency: number; batch: number; tenantLanes?: number },
): EventHandler<unknown> =>
  postingBatcher({
    unitOfWork,
    consumer: FINANCE_CONSUMER,
    work: financeWork(),
    lanes: concurrency,
    maxBatch: batch,
    readsLedger,
    tenantLanes,
    laneKey,
    phase: postingPhase,
    phaseLocks: postingPhaseLocks,
    beforeBatch: tenantLanes > 1 ? periodsOpener(unitOfWork) : undefined,
  });

/**
 * `concurrency` transactions at once, each posting up to `batch` events (so that many deliveries in
 * flight); 10 attempts, then the dead-letter subject.
 */
export function subscribeFinance(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  concurrency: number,
  batch = 1,
  tenantLanes = 1,
): Promise<Subscription> {
  return bus.subscribe<unknown>({
    consumer: FINANCE_CONSUMER,
    subjects: CONSUMED_EVENT_TYPES.map((type) => `ucos.${type}`),
    maxDeliver: 10,
    concurrency: concurrency * batch,
    handler: financeBatchHandler(unitOfWork, { concurrency, batch, tenantLanes }),
  });
}
