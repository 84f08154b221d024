import type { Sql } from '../db.ts';
import { type DraftLine, dayIn, type Ledger, type Posted, postEntry } from './ledger.ts';

/**
 * Goods movements valued at the moving-average cost in force at their own time.
 *
 * `variant_cost_history` holds every cost inventory published, dated by when it took effect. A
 * shipped or returned line is valued at the cost in force when it moved: the latest one effective
 * at or before that moment (ties ordered by event id, so every arrival order agrees), or — when
 * every known cost is later, which only clock skew between services or a cost that has not
 * arrived yet can cause — the earliest one; with no cost at all, at 0. Each valued line is kept in
 * `valued_movements`, so a cost that arrives after movements it should have valued revalues them:
 * one `cost.revaluation` entry per cost event for the difference, booked against the accounts the
 * movements hit. Whatever the order of arrival, each line ends valued at the cost in force at its
 * time, and the inventory account at Σ receipts − Σ shipped + Σ returned values.
 *
 * Everything that reads or writes a variant's history or movements first takes a
 * transaction-scoped advisory lock on (tenant, variant): a cost and a movement handled by two
 * consumers at once are serialised, so neither values against a state the other is changing.
 */

export type MovementSource = 'shipment.shipped' | 'return.received';

export interface MovementLine {
  variantId: string;
  quantity: number;
}

export interface ValuedLine extends MovementLine {
  /** decimal text, null when no cost is known yet */
  unitCost: string | null;
  costEventId: string | null;
  /** round(quantity × unitCost) in base minor units, 0 when no cost is known */
  value: number;
}

/** Locks each variant for the rest of the transaction, in one order for every caller (no deadlock). */
/**
 * The statement `lockVariants` sends, with literals (`quote`: the client's): a batch of events takes
 * the locks of all its movements' variants at once with it, in the same order (`postingBatcher`).
 * Null when there is nothing to lock.
 */
export function lockVariantsText(tenantId: string, variantIds: string[], quote: (value: string) => string) {
  const variants = [...new Set(variantIds)].sort();
  if (variants.length === 0) return null;
  const values = variants.map((variant) => `(${quote(variant)}::uuid)`).join(', ');
  return `select pg_advisory_xact_lock(hashtextextended('finance.variant_cost:' || ${quote(tenantId)} || ':' || s.v, 0))
    from (select v::text from (values ${values}) as u(v) order by v) as s`;
}

async function lockVariants(sql: Sql, tenantId: string, variantIds: string[]): Promise<void> {
  const variants = [...new Set(variantIds)].sort();
  if (variants.length === 0) return;
  // the subquery sorts before the outer select takes the locks one by one
  await sql.query(
    `select pg_advisory_xact_lock(hashtextextended('finance.variant_cost:' || $1 || ':' || s.v, 0))
       from (select v::text from unnest($2::uuid[]) as u(v) order by v) as s`,
    [tenantId, variants],
  );
}

/**
 * Values a movement's lines at the cost in force at `occurredAt`, after locking their variants
 * (held until the movement is recorded with `recordValuedMovements` in the same transaction).
 */
export async function valueAtCostInForce(
  sql: Sql,
  tenantId: string,
  occurredAt: string,
  lines: MovementLine[],
): Promise<{ lines: ValuedLine[]; value: number; unknown: string[] }> {
  await lockVariants(
    sql,
    tenantId,
    lines.map((line) => line.variantId),
  );
  if (lines.length === 0) return { lines: [], value: 0, unknown: [] };
  const { rows } = await sql.query<{ costEventId: string | null; unitCost: string | null; value: number | null }>(
    `select coalesce(before.event_id, first.event_id) as "costEventId",
            coalesce(before.average_cost, first.average_cost)::text as "unitCost",
            round(l.quantity * coalesce(before.average_cost, first.average_cost))::float8 as value
       from unnest($2::uuid[], $3::int[]) with ordinality as l(variant_id, quantity, n)
       left join lateral (
         select h.event_id, h.average_cost from finance.variant_cost_history h
          where h.tenant_id = $1 and h.variant_id = l.variant_id and h.effective_at <= $4::timestamptz
          order by h.effective_at desc, h.event_id desc limit 1
       ) before on true
       left join lateral (
         select h.event_id, h.average_cost from finance.variant_cost_history h
          where h.tenant_id = $1 and h.variant_id = l.variant_id
          order by h.effective_at, h.event_id limit 1
       ) first on true
      order by l.n`,
    [tenantId, lines.map((line) => line.variantId), lines.map((line) => line.quantity), occurredAt],
  );
  const valued = lines.map((line, index) => {
    const row = rows[index];
    return {
      ...line,
      unitCost: row?.unitCost ?? null,
      costEventId: row?.costEventId ?? null,
      value: row?.value ?? 0,
    };
  });
  const unknown = [...new Set(valued.filter((line) => line.costEventId === null).map((line) => line.variantId))];
  return { lines: valued, value: valued.reduce((sum, line) => sum + line.value, 0), unknown };
}

/** Keeps each valued line of a posted movement, with the entry and the accounts it hit. */
export async function recordValuedMovements(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  movement: { sourceType: MovementSource; sourceId: string; occurredAt: string; entryId: string; orderId: string },
  lines: ValuedLine[],
): Promise<void> {
  // the order the shipment or return belongs to goes in the same statement (document_orders: what links
  // the movement's entries to the order); the posting path's statement count stays as it was
  await sql.query(
    `with document as (
       insert into finance.document_orders (tenant_id, document_id, order_id) values ($1, $3, $13)
       on conflict (tenant_id, document_id) do nothing
     )
     insert into finance.valued_movements (tenant_id, source_type, source_id, line_no, variant_id, occurred_at,
       quantity, unit_cost, cost_event_id, value, entry_id, inventory_account_id, cost_account_id)
     select $1, $2, $3, l.n, l.variant_id, $4, l.quantity, l.unit_cost, l.cost_event_id, l.value, $5, $6, $7
       from unnest($8::uuid[], $9::int[], $10::numeric[], $11::uuid[], $12::bigint[]) with ordinality
         as l(variant_id, quantity, unit_cost, cost_event_id, value, n)
     on conflict do nothing`,
    [
      tenantId,
      movement.sourceType,
      movement.sourceId,
      movement.occurredAt,
      movement.entryId,
      ledger.accounts.get('inventory'),
      ledger.accounts.get('cogs'),
      lines.map((line) => line.variantId),
      lines.map((line) => line.quantity),
      lines.map((line) => line.unitCost),
      lines.map((line) => line.costEventId),
      lines.map((line) => line.value),
      movement.orderId,
    ],
  );
}

export interface CostChange {
  eventId: string;
  variantId: string;
  /** decimal minor units of `currency` */
  averageCost: string;
  currency: string;
  effectiveAt: string;
}

interface Revalued {
  sourceType: MovementSource;
  inventoryAccountId: string;
  costAccountId: string;
  lines: number;
  /** Σ new value − old value */
  difference: number;
}

/**
 * Adds a cost to the variant's history and revalues the movements it is now the cost in force for:
 * those from its effective time up to the next known cost (and, if it is the earliest cost, those
 * before it too). Posts one `cost.revaluation` entry per cost event for the difference — a shipment
 * that is worth more moves more from inventory to cost of goods sold, a return the other way — and
 * nothing when no value changed. A redelivered cost event finds its history row and does nothing.
 */
export async function recordCostChange(sql: Sql, tenantId: string, ledger: Ledger, cost: CostChange): Promise<Posted> {
  await lockVariants(sql, tenantId, [cost.variantId]);
  const { rowCount } = await sql.query(
    `insert into finance.variant_cost_history (tenant_id, variant_id, event_id, effective_at, average_cost, currency)
     values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
    [tenantId, cost.variantId, cost.eventId, cost.effectiveAt, cost.averageCost, cost.currency],
  );
  if (!rowCount) return { posted: false, entryId: null };
  // the window of movement times this cost is in force for, as [from, until); null is unbounded
  const window = `with neighbours as (
      select exists (select 1 from finance.variant_cost_history h
                      where h.tenant_id = $1 and h.variant_id = $2
                        and (h.effective_at, h.event_id) < ($3::timestamptz, $4::uuid)) as has_earlier,
             (select h.effective_at from finance.variant_cost_history h
               where h.tenant_id = $1 and h.variant_id = $2
                 and (h.effective_at, h.event_id) > ($3::timestamptz, $4::uuid)
               order by h.effective_at, h.event_id limit 1) as next_at
    ), affected as (
      select m.source_type, m.source_id, m.line_no, m.inventory_account_id, m.cost_account_id, m.value,
             round(m.quantity * $5::numeric)::bigint as new_value
        from finance.valued_movements m, neighbours n
       where m.tenant_id = $1 and m.variant_id = $2
         and (not n.has_earlier or m.occurred_at >= $3::timestamptz)
         and (n.next_at is null or m.occurred_at < n.next_at)
         and m.cost_event_id is distinct from $4::uuid
    )`;
  const params = [tenantId, cost.variantId, cost.effectiveAt, cost.eventId, cost.averageCost];
  const { rows } = await sql.query<Revalued>(
    `${window}
     select source_type as "sourceType", inventory_account_id as "inventoryAccountId",
            cost_account_id as "costAccountId", count(*)::int as lines, sum(new_value - value)::float8 as difference
       from affected where new_value <> value
      group by source_type, inventory_account_id, cost_account_id
      order by source_type, inventory_account_id, cost_account_id`,
    params,
  );
  let posted: Posted = { posted: false, entryId: null };
  if (rows.length > 0) {
    const lines = rows.flatMap((group): DraftLine[] => {
      // a shipment moved its value from inventory to cost of goods sold; a return moved it back
      const outward = group.sourceType === 'shipment.shipped' ? 1 : -1;
      const memo = `${group.lines} ${group.sourceType === 'shipment.shipped' ? 'shipped' : 'returned'} line(s) of variant ${cost.variantId}`;
      return [
        { role: 'cogs', accountId: group.costAccountId, base: outward * group.difference, memo },
        { role: 'inventory', accountId: group.inventoryAccountId, base: -outward * group.difference, memo },
      ];
    });
    const count = rows.reduce((sum, group) => sum + group.lines, 0);
    posted = await postEntry(sql, tenantId, ledger, {
      date: dayIn(cost.effectiveAt, ledger.timeZone),
      description: `Cost revaluation: variant ${cost.variantId} at ${cost.averageCost} ${cost.currency} from ${cost.effectiveAt}, ${count} goods movement line(s) revalued`,
      sourceType: 'cost.revaluation',
      sourceId: cost.eventId,
      eventId: cost.eventId,
      lines,
    });
  }
  await sql.query(
    `${window}
     update finance.valued_movements m
        set unit_cost = $5::numeric, cost_event_id = $4::uuid, value = a.new_value, updated_at = now(),
            revaluation_entry_id = case when a.new_value <> a.value then coalesce($6::uuid, m.revaluation_entry_id)
                                        else m.revaluation_entry_id end
       from affected a
      where m.tenant_id = $1 and m.source_type = a.source_type and m.source_id = a.source_id and m.line_no = a.line_no`,
    [...params, posted.entryId],
  );
  return posted;
}
