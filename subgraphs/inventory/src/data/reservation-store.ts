import { onceForKey } from '@ucos/kit';
import type { InventoryDb, InventoryTx, Sql } from '../db.ts';
import { INVENTORY_SCHEMA as SCHEMA } from '../db.ts';
import { allocate, type KnownWarehouse, type RequestedLine } from './allocation.ts';
import type { Caller } from './caller.ts';
import { type InventoryError, type InventoryResult, inventoryError, inventoryFail } from './errors.ts';
import { lockLevels, lockVariantLevels, recordMovements } from './ledger.ts';
import { LINE_COLUMNS, RESERVATION_COLUMNS, type ReservationLineRow, type ReservationRow } from './rows.ts';
import { findWarehouses } from './warehouse-store.ts';

// Hand SQL throughout: reservations are checkout's hot path, lock their rows in one fixed order
// (reservations, then stock levels) and write their lines in bulk (unnest).

const MAX_LINES = 100;
const MAX_TTL_SECONDS = 30 * 24 * 3600;

export interface ReservationCreateInput {
  lines: Omit<RequestedLine, 'index'>[];
  reference: string;
  ttlSeconds: number;
  idempotencyKey: string;
}

function checkReference(reference: string | null | undefined): InventoryError[] {
  return reference !== null && reference !== undefined && (reference.length < 1 || reference.length > 200)
    ? [inventoryError('INVALID_INPUT', 'A reference has 1-200 characters', ['input', 'reference'])]
    : [];
}

/**
 * Reserves every line or nothing. All stock rows of the requested variants are locked FOR UPDATE in
 * (variant, warehouse) order before anything is decided, so concurrent reservations of the same stock
 * run one after another, each seeing what the previous one left; the CHECK (reserved <= on_hand)
 * backs that up in the database.
 */
export function createReservation(
  db: InventoryDb,
  caller: Caller,
  input: ReservationCreateInput,
): Promise<InventoryResult<ReservationRow>> {
  const errors = [
    ...(input.lines.length < 1 || input.lines.length > MAX_LINES
      ? [inventoryError('INVALID_INPUT', `Reserve 1 to ${MAX_LINES} lines`, ['input', 'lines'])]
      : []),
    ...checkReference(input.reference),
    ...(Number.isInteger(input.ttlSeconds) && input.ttlSeconds > 0 && input.ttlSeconds <= MAX_TTL_SECONDS
      ? []
      : [inventoryError('INVALID_INPUT', `ttlSeconds is 1 to ${MAX_TTL_SECONDS}`, ['input', 'ttlSeconds'])]),
  ];
  if (errors.length) return Promise.resolve({ ok: false, errors });
  const { idempotencyKey, ...normalized } = input;
  const lines = input.lines.map((line, index) => ({ ...line, index }));
  return db.tx((sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: idempotencyKey, operation: 'reservationCreate', input: normalized },
      async () => {
        const named = [...new Set(lines.flatMap((line) => (line.warehouseId ? [line.warehouseId] : [])))];
        const known = new Map<string, KnownWarehouse>(
          named.length ? (await findWarehouses(sql, named)).map((row) => [row.id, row]) : [],
        );
        const levels = await lockVariantLevels(
          sql,
          lines.map((line) => line.variantId),
        );
        const plan = allocate(lines, levels, known);
        if (plan.errors.length) return { ok: false, errors: plan.errors };
        const { rows } = await sql.query<ReservationRow>(
          `insert into reservations (tenant_id, reference, expires_at, actor_kind, actor_id)
         values ($5, $1, now() + make_interval(secs => $2), $3, $4) returning ${RESERVATION_COLUMNS}`,
          [input.reference, input.ttlSeconds, caller.actorKind, caller.actorId, caller.tenantId],
        );
        const reservation = rows[0]!;
        const inserted = await sql.query<ReservationLineRow>(
          `insert into reservation_lines (tenant_id, reservation_id, variant_id, warehouse_id, quantity)
         select $5, $1, l.v, l.w, l.q from unnest($2::uuid[], $3::uuid[], $4::int[]) as l(v, w, q)
         returning ${LINE_COLUMNS}`,
          [
            reservation.id,
            plan.allocations.map((line) => line.variantId),
            plan.allocations.map((line) => line.warehouseId),
            plan.allocations.map((line) => line.quantity),
            caller.tenantId,
          ],
        );
        await recordMovements(
          sql,
          tx,
          caller,
          plan.allocations.map((line) => ({
            ...line,
            onHandDelta: 0,
            reservedDelta: line.quantity,
            reason: 'RESERVATION' as const,
            reference: input.reference,
            reservationId: reservation.id,
          })),
        );
        await tx.emit('inventory.reservation.created', reservation.id, {
          reservationId: reservation.id,
          reference: reservation.reference,
          status: 'ACTIVE',
          lines: plan.allocations,
        });
        return { ok: true, value: { ...reservation, lines: inserted.rows } };
      },
    ),
  );
}

export interface ReservationTarget {
  id?: string | null;
  reference?: string | null;
}

function checkTarget(target: ReservationTarget): InventoryError[] {
  const given = Number(Boolean(target.id)) + Number(Boolean(target.reference));
  return given === 1
    ? checkReference(target.reference)
    : [inventoryError('INVALID_INPUT', 'Give exactly one of id and reference', ['input', 'id'])];
}

/** The reservations a target names, oldest first, locked (the lock order: reservations, then stock rows). */
export async function lockTargets(sql: Sql, target: ReservationTarget): Promise<ReservationRow[]> {
  const { rows } = await sql.query<ReservationRow>(
    `select ${RESERVATION_COLUMNS} from reservations where id = $1 or reference = $2
      order by created_at, id for update`,
    [target.id ?? null, target.reference ?? null],
  );
  return rows;
}

export async function reservationsWithLines(sql: Sql, ids: string[]): Promise<ReservationRow[]> {
  const { rows } = await sql.query<ReservationRow>(
    `select ${RESERVATION_COLUMNS} from reservations where id = any($1::uuid[]) order by created_at, id`,
    [ids],
  );
  const lines = await linesOf(sql, ids);
  return rows.map((row) => ({ ...row, lines: lines.filter((line) => line.reservationId === row.id) }));
}

export async function linesOf(sql: Sql, ids: string[]): Promise<ReservationLineRow[]> {
  const { rows } = await sql.query<ReservationLineRow>(
    `select ${LINE_COLUMNS} from reservation_lines where reservation_id = any($1::uuid[])
      order by reservation_id, variant_id, warehouse_id`,
    [ids],
  );
  return rows;
}

const remaining = (line: ReservationLineRow) => line.quantity - line.committed - line.released;

/** Gives back the still-reserved units of active reservations: RELEASED by a caller, EXPIRED by the sweeper. */
async function endReservations(
  sql: Sql,
  tx: InventoryTx,
  caller: Caller,
  reservations: ReservationRow[],
  status: 'RELEASED' | 'EXPIRED',
): Promise<void> {
  if (reservations.length === 0) return;
  const ids = reservations.map((reservation) => reservation.id);
  const open = (await linesOf(sql, ids)).filter((line) => remaining(line) > 0);
  await lockLevels(sql, open);
  const referenceOf = new Map(reservations.map((reservation) => [reservation.id, reservation.reference]));
  await recordMovements(
    sql,
    tx,
    caller,
    open.map((line) => ({
      variantId: line.variantId,
      warehouseId: line.warehouseId,
      onHandDelta: 0,
      reservedDelta: -remaining(line),
      reason: 'RESERVATION_RELEASE' as const,
      reference: referenceOf.get(line.reservationId) ?? null,
      reservationId: line.reservationId,
      note: status === 'EXPIRED' ? 'expired' : null,
    })),
  );
  await sql.query(
    'update reservation_lines set released = quantity - committed where reservation_id = any($1::uuid[])',
    [ids],
  );
  await sql.query('update reservations set status = $2, updated_at = now() where id = any($1::uuid[])', [ids, status]);
  const type = status === 'EXPIRED' ? 'inventory.reservation.expired' : 'inventory.reservation.released';
  for (const reservation of reservations) {
    await tx.emit(type, reservation.id, {
      reservationId: reservation.id,
      reference: reservation.reference,
      status,
      lines: open
        .filter((line) => line.reservationId === reservation.id)
        .map((line) => ({ variantId: line.variantId, warehouseId: line.warehouseId, quantity: remaining(line) })),
    });
  }
}

/**
 * Releases a reservation (by id) or every active reservation of a reference (an order). Releasing
 * twice is harmless: an already released or expired reservation is returned unchanged.
 */
export function releaseReservations(
  db: InventoryDb,
  caller: Caller,
  target: ReservationTarget,
): Promise<InventoryResult<ReservationRow[]>> {
  const errors = checkTarget(target);
  if (errors.length) return Promise.resolve({ ok: false, errors });
  return db.tx(async (sql, tx) => {
    const found = await lockTargets(sql, target);
    if (found.length === 0)
      return inventoryFail('NOT_FOUND', 'No such reservation', ['input', target.id ? 'id' : 'reference']);
    if (target.id && found[0]?.status === 'COMMITTED') {
      return inventoryFail('INVALID_STATUS', 'A committed reservation cannot be released', ['input', 'id']);
    }
    await endReservations(
      sql,
      tx,
      caller,
      found.filter((reservation) => reservation.status === 'ACTIVE'),
      'RELEASED',
    );
    return {
      ok: true,
      value: await reservationsWithLines(
        sql,
        found.map((reservation) => reservation.id),
      ),
    };
  });
}

/** Keeps active reservations until they are committed or released (an order was placed): no expiry. */
export function confirmReservations(
  db: InventoryDb,
  target: ReservationTarget,
): Promise<InventoryResult<ReservationRow[]>> {
  const errors = checkTarget(target);
  if (errors.length) return Promise.resolve({ ok: false, errors });
  return db.tx(async (sql) => {
    const found = await lockTargets(sql, target);
    const active = found.filter((reservation) => reservation.status === 'ACTIVE');
    if (found.length === 0)
      return inventoryFail('NOT_FOUND', 'No such reservation', ['input', target.id ? 'id' : 'reference']);
    if (active.length === 0) return inventoryFail('INVALID_STATUS', 'No active reservation to confirm', ['input']);
    await sql.query('update reservations set expires_at = null, updated_at = now() where id = any($1::uuid[])', [
      active.map((reservation) => reservation.id),
    ]);
    return {
      ok: true,
      value: await reservationsWithLines(
        sql,
        active.map((reservation) => reservation.id),
      ),
    };
  });
}

export interface ReservationCommitInput extends ReservationTarget {
  /** what shipped; omitted: everything still reserved */
  lines?: { variantId: string; warehouseId: string | null; quantity: number }[] | null;
  idempotencyKey: string;
}

/**
 * Turns reserved units into shipped ones: reserved and on hand both go down (SHIPMENT). A reservation
 * whose every unit is committed or released becomes COMMITTED; a partly shipped one stays ACTIVE.
 */
export function commitReservations(
  db: InventoryDb,
  caller: Caller,
  input: ReservationCommitInput,
): Promise<InventoryResult<ReservationRow[]>> {
  const errors = checkTarget(input);
  if (errors.length) return Promise.resolve({ ok: false, errors });
  const { idempotencyKey, ...normalized } = input;
  return db.tx((sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: idempotencyKey, operation: 'reservationCommit', input: normalized },
      async () => {
        const found = await lockTargets(sql, input);
        if (found.length === 0) {
          return inventoryFail('NOT_FOUND', 'No such reservation', ['input', input.id ? 'id' : 'reference']);
        }
        const active = found.filter((reservation) => reservation.status === 'ACTIVE');
        if (active.length === 0) return inventoryFail('INVALID_STATUS', 'No active reservation to commit', ['input']);
        const order = new Map(active.map((reservation, position) => [reservation.id, position]));
        const lines = (
          await linesOf(
            sql,
            active.map((reservation) => reservation.id),
          )
        ).sort((a, b) => (order.get(a.reservationId) ?? 0) - (order.get(b.reservationId) ?? 0));
        const plan = planCommit(lines, input.lines ?? null);
        if (!plan.ok) return plan;
        const shipped = plan.value;
        if (shipped.length === 0) return inventoryFail('INVALID_STATUS', 'Nothing left to commit', ['input']);
        await lockLevels(sql, shipped);
        const referenceOf = new Map(active.map((reservation) => [reservation.id, reservation.reference]));
        await recordMovements(
          sql,
          tx,
          caller,
          shipped.map((line) => ({
            variantId: line.variantId,
            warehouseId: line.warehouseId,
            onHandDelta: -line.quantity,
            reservedDelta: -line.quantity,
            reason: 'SHIPMENT' as const,
            reference: referenceOf.get(line.reservationId) ?? null,
            reservationId: line.reservationId,
          })),
        );
        await sql.query(
          `update reservation_lines l set committed = l.committed + c.q
           from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[]) as c(r, v, w, q)
          where l.reservation_id = c.r and l.variant_id = c.v and l.warehouse_id = c.w`,
          [
            shipped.map((line) => line.reservationId),
            shipped.map((line) => line.variantId),
            shipped.map((line) => line.warehouseId),
            shipped.map((line) => line.quantity),
          ],
        );
        const touched = [...new Set(shipped.map((line) => line.reservationId))];
        await sql.query(
          `update reservations r set updated_at = now(),
           status = case when exists (select 1 from reservation_lines l where l.reservation_id = r.id
                                        and l.committed + l.released < l.quantity) then r.status else 'COMMITTED' end
         where r.id = any($1::uuid[])`,
          [touched],
        );
        const after = await reservationsWithLines(sql, touched);
        for (const reservation of after) {
          await tx.emit('inventory.reservation.committed', reservation.id, {
            reservationId: reservation.id,
            reference: reservation.reference,
            status: reservation.status,
            lines: shipped
              .filter((line) => line.reservationId === reservation.id)
              .map(({ variantId, warehouseId, quantity }) => ({ variantId, warehouseId, quantity })),
          });
        }
        return { ok: true, value: after };
      },
    ),
  );
}

type ShippedLine = { reservationId: string; variantId: string; warehouseId: string; quantity: number };

/** Which reserved lines the shipped quantities come from: oldest reservation first, then variant/warehouse order. */
function planCommit(
  lines: ReservationLineRow[],
  requested: ReservationCommitInput['lines'] | null,
): InventoryResult<ShippedLine[]> {
  const left = new Map(lines.map((line) => [line, remaining(line)]));
  const shipped: ShippedLine[] = [];
  const take = (line: ReservationLineRow, quantity: number) => {
    left.set(line, (left.get(line) ?? 0) - quantity);
    shipped.push({
      reservationId: line.reservationId,
      variantId: line.variantId,
      warehouseId: line.warehouseId,
      quantity,
    });
  };
  if (!requested) {
    for (const line of lines) if ((left.get(line) ?? 0) > 0) take(line, left.get(line)!);
    return { ok: true, value: shipped };
  }
  const errors: InventoryError[] = [];
  requested.forEach((want, index) => {
    const matching = lines.filter(
      (line) => line.variantId === want.variantId && (!want.warehouseId || line.warehouseId === want.warehouseId),
    );
    const held = matching.reduce((sum, line) => sum + (left.get(line) ?? 0), 0);
    if (held < want.quantity) {
      errors.push(
        inventoryError('INSUFFICIENT_RESERVED', `Only ${held} units of this variant are reserved`, [
          'input',
          'lines',
          String(index),
          'quantity',
        ]),
      );
      return;
    }
    let needed = want.quantity;
    for (const line of matching) {
      const units = Math.min(left.get(line) ?? 0, needed);
      if (units > 0) take(line, units);
      needed -= units;
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: mergeShipped(shipped) };
}

function mergeShipped(lines: ShippedLine[]): ShippedLine[] {
  const merged = new Map<string, ShippedLine>();
  for (const line of lines) {
    const key = `${line.reservationId}/${line.variantId}/${line.warehouseId}`;
    const existing = merged.get(key);
    if (existing) existing.quantity += line.quantity;
    else merged.set(key, { ...line });
  }
  return [...merged.values()];
}

/**
 * The sweeper's step inside one tenant: expire the reservation if, under its row lock, it is still
 * active and past its expiry (a commit, release or confirm that got there first wins).
 */
export function expireReservation(db: InventoryDb, caller: Caller, id: string): Promise<InventoryResult<boolean>> {
  return db.tx(async (sql, tx) => {
    const { rows } = await sql.query<ReservationRow>(
      `select ${RESERVATION_COLUMNS} from reservations
        where id = $1 and status = 'ACTIVE' and expires_at <= now() for update`,
      [id],
    );
    await endReservations(sql, tx, caller, rows, 'EXPIRED');
    return { ok: true, value: rows.length > 0 };
  });
}
