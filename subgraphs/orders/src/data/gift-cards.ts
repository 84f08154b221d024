import { createHash, randomInt } from 'node:crypto';
import {
  type Connection,
  type CURSOR_KEYS,
  MAX_MONEY_AMOUNT,
  ok,
  onceForKey,
  type Page,
  payloadError,
  reject,
  toConnection,
  type UnitOfWorkTx,
  uuidAfter,
} from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { SCHEMA } from '../deps.ts';
import type { OrdersEvents } from '../events/out/order-events.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { type OrdersError, type OrdersErrorCode, type OrdersResult, ordersError, ordersFail } from './errors.ts';
import type { Actor } from './machines.ts';

/** A gift card as staff see it: never its code, only the code's last four characters. */
export interface GiftCardRow {
  id: string;
  last4: string;
  currency: string;
  initialBalance: number;
  balance: number;
  status: 'active' | 'disabled';
  expiresAt: Date | null;
  customerId: string | null;
  note: string | null;
  issuedBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Why an order gave money back to its card. */
export type GiftCardRefundSource = 'cancel' | 'return' | 'edit';

export type GiftCardMovement = 'issue' | 'redemption' | 'refund' | 'adjustment';

/** One row of a card's ledger: `amount` signed (+ credit, - debit), the balance once it applied. */
export interface GiftCardTransactionRow {
  id: string;
  giftCardId: string;
  kind: GiftCardMovement;
  amount: number;
  balanceAfter: number;
  orderId: string | null;
  note: string | null;
  actor: string | null;
  createdAt: Date;
}

const CARD_FIELDS = {
  id: true,
  last4: true,
  currency: true,
  initialBalance: true,
  balance: true,
  status: true,
  expiresAt: true,
  customerId: true,
  note: true,
  issuedBy: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

const asCard = (row: Prisma.GiftCardGetPayload<{ select: typeof CARD_FIELDS }>): GiftCardRow => ({
  ...row,
  initialBalance: Number(row.initialBalance),
  balance: Number(row.balance),
  status: row.status as GiftCardRow['status'],
});

// hand SQL where a row lock or a conditional update matters; the same shape as asCard
const CARD_COLUMNS = `id, last4, currency, initial_balance::float8 as "initialBalance", balance::float8 as balance, status,
  expires_at as "expiresAt", customer_id as "customerId", note, issued_by as "issuedBy", version,
  created_at as "createdAt", updated_at as "updatedAt"`;

// --- codes ------------------------------------------------------------------------------------------

// no 0/O, 1/I/L: codes are read aloud and typed from print
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 16 characters of 31: about 79 bits, so guessing one is hopeless even without the rate limits */
const GENERATED_LENGTH = 16;
export const GIFT_CODE_PATTERN = /^[A-Z0-9]{8,32}$/;

/** A code as the shopper typed it: upper case, without spaces or dashes (the printed groups). */
export const normalisedGiftCode = (code: string) => code.replace(/[\s-]+/g, '').toUpperCase();

/** What is stored of a code: its SHA-256 (the code itself is shown once, when issued). */
export const giftCodeHash = (code: string) => createHash('sha256').update(normalisedGiftCode(code)).digest('hex');

/** A new code, printed in groups of four (XXXX-XXXX-XXXX-XXXX). */
export function generateGiftCode(): string {
  const raw = Array.from({ length: GENERATED_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return raw.match(/.{4}/g)?.join('-') ?? raw;
}

// --- staff: issue, disable, adjust ------------------------------------------------------------------

export const MAX_BULK_GIFT_CARDS = 1000;
const FIELD = (...path: string[]) => ['input', ...path];

export interface IssueInput {
  amount: number;
  currency: string;
  /** how many cards with this amount (1 when omitted) */
  count?: number | null;
  /** a code of the merchant's choosing (single cards only); omitted: generated */
  code?: string | null;
  expiresAt?: Date | null;
  customerId?: string | null;
  note?: string | null;
  idempotencyKey?: string | null;
}

export interface Issued {
  cards: GiftCardRow[];
  /** the full codes, in the order of `cards`; empty on a replay of the same key (they are shown once) */
  codes: string[];
}

const amountProblem = (amount: number, field: string[]) =>
  !Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_MONEY_AMOUNT
    ? ordersError('INVALID_AMOUNT', `An amount is a whole number of minor units from 1 to ${MAX_MONEY_AMOUNT}`, field)
    : null;

function issueProblems(input: IssueInput, now: Date): OrdersError[] {
  const errors: OrdersError[] = [];
  const amount = amountProblem(input.amount, FIELD('amount'));
  if (amount) errors.push(amount);
  if (!/^[A-Z]{3}$/.test(input.currency)) {
    errors.push(ordersError('INVALID_CURRENCY', 'A currency is an ISO 4217 code such as EUR', FIELD('currency')));
  }
  const count = input.count ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > MAX_BULK_GIFT_CARDS) {
    errors.push(ordersError('INVALID_INPUT', `Issue 1 to ${MAX_BULK_GIFT_CARDS} cards at once`, FIELD('count')));
  }
  if (input.code != null) {
    if (count !== 1) {
      errors.push(ordersError('INVALID_INPUT', 'A chosen code is for a single card', FIELD('code')));
    } else if (!GIFT_CODE_PATTERN.test(normalisedGiftCode(input.code))) {
      errors.push(
        ordersError('INVALID_INPUT', 'A code is 8-32 letters or digits (dashes and spaces are ignored)', FIELD('code')),
      );
    }
  }
  if (input.expiresAt && input.expiresAt <= now) {
    errors.push(ordersError('INVALID_INPUT', 'The expiry must be in the future', FIELD('expiresAt')));
  }
  if (input.note != null && input.note.length > 500) {
    errors.push(ordersError('INVALID_INPUT', 'A note is at most 500 characters', FIELD('note')));
  }
  return errors;
}

const DUPLICATE_GIFT_CODE = {
  gift_cards_code_key: payloadError('DUPLICATE_CODE', 'Another gift card has this code', FIELD('code')),
};

/**
 * Issues one card or `count` cards of the same amount, each with its ledger's first row and an
 * `orders.gift_card.issued` event. With an idempotency key a replay answers the same cards, but no
 * codes: only their hashes are stored, so a code is shown exactly once.
 */
export function issueGiftCards(db: TenantDb, actor: Actor, input: IssueInput): Promise<OrdersResult<Issued>> {
  const currency = input.currency.trim().toUpperCase();
  const request = { ...input, currency, code: input.code ?? null };
  const errors = issueProblems(request, new Date());
  if (errors.length) return Promise.resolve({ ok: false, errors });
  const count = input.count ?? 1;
  return db.tx(
    async (sql, tx) => {
      if (input.customerId) {
        const known = await one<{ id: string }>(sql, 'select id from orders.customers where id = $1', [
          input.customerId,
        ]);
        if (!known) return ordersFail('NOT_FOUND', 'No such customer', FIELD('customerId'));
      }
      let codes: string[] = [];
      const { idempotencyKey: key, code: _code, ...fingerprint } = request;
      const stored = await onceForKey<{ ids: string[] }, OrdersErrorCode>(
        sql,
        tx,
        // the chosen code stays out of the stored request: only its hash is kept anywhere
        {
          schema: SCHEMA,
          key,
          operation: 'giftCardIssue',
          input: { ...fingerprint, code: input.code ? giftCodeHash(input.code) : null },
        },
        async () => {
          codes = input.code ? [input.code.trim().toUpperCase()] : Array.from({ length: count }, generateGiftCode);
          const ids = await insertCards(sql, tx, actor, { ...request, currency, idempotencyKey: key ?? null }, codes);
          return ok({ ids });
        },
      );
      if (!stored.ok) return stored;
      const cards = await giftCardsByIds(sql, stored.value.ids);
      const byId = new Map(cards.map((card) => [card.id, card]));
      return ok({ cards: stored.value.ids.flatMap((id) => byId.get(id) ?? []), codes });
    },
    { unique: DUPLICATE_GIFT_CODE },
  );
}

// hand SQL: a bulk unnest insert of up to MAX_BULK_GIFT_CARDS cards and their first ledger rows
async function insertCards(
  sql: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
  actor: Actor,
  input: IssueInput & { idempotencyKey: string | null },
  codes: string[],
): Promise<string[]> {
  const normalised = codes.map(normalisedGiftCode);
  const hashes = normalised.map(giftCodeHash);
  const { rows } = await sql.query<{ id: string; last4: string; hash: string }>(
    `insert into orders.gift_cards (tenant_id, code_hash, last4, currency, initial_balance, balance, expires_at,
       customer_id, note, issued_by, issue_key)
     select $1, c.hash, c.last4, $4, $5, $5, $6, $7, $8, $9, $10
       from unnest($2::text[], $3::text[]) as c(hash, last4)
     returning id, last4, code_hash as hash`,
    [
      tx.tenantId,
      hashes,
      normalised.map((code) => code.slice(-4)),
      input.currency,
      input.amount,
      input.expiresAt ?? null,
      input.customerId ?? null,
      input.note?.trim() || null,
      actor.id,
      input.idempotencyKey,
    ],
  );
  await sql.query(
    `insert into orders.gift_card_transactions (tenant_id, gift_card_id, kind, amount, balance_after, note, actor)
     select $1, id, 'issue', $3, $3, $4, $5 from unnest($2::uuid[]) as id`,
    [tx.tenantId, rows.map((row) => row.id), input.amount, input.note?.trim() || null, actor.id],
  );
  // in the order of `codes` (RETURNING promises no order): each code is shown beside its own card
  const byHash = new Map(rows.map((row) => [row.hash, row]));
  const cards = hashes.flatMap((hash) => byHash.get(hash) ?? []);
  for (const row of cards) {
    await tx.emit('orders.gift_card.issued', row.id, {
      giftCardId: row.id,
      last4: row.last4,
      currency: input.currency,
      amount: input.amount,
      customerId: input.customerId ?? null,
      expiresAt: input.expiresAt?.toISOString() ?? null,
      actor: actor.id,
    });
  }
  return cards.map((row) => row.id);
}

// hand SQL: a row lock (`for update`), so staff changes and a checkout's debit do not interleave
async function lockedCard(sql: Sql, id: string): Promise<GiftCardRow | null> {
  return one<GiftCardRow>(sql, `select ${CARD_COLUMNS} from orders.gift_cards where id = $1 for update`, [id]);
}

/** A disabled card can no longer be applied or redeemed; its balance and ledger stay. Disabling twice is a no-op. */
export function disableGiftCard(db: TenantDb, id: string): Promise<OrdersResult<GiftCardRow>> {
  return db.tx(async (sql) => {
    const card = await lockedCard(sql, id);
    if (!card) return ordersFail('NOT_FOUND', 'No such gift card', FIELD('id'));
    if (card.status === 'disabled') return ok(card);
    const updated = await orm(sql, (orders) =>
      orders.giftCard.update({
        where: { tenantId_id: { tenantId: db.tenantId, id } },
        data: { status: 'disabled', version: { increment: 1 }, updatedAt: new Date() },
        select: CARD_FIELDS,
      }),
    );
    return ok(asCard(updated));
  });
}

/**
 * A manual change of the balance (signed minor units) with the reason staff give; the balance never
 * goes below zero nor above the platform's money bound (INVALID_AMOUNT).
 */
export function adjustGiftCard(
  db: TenantDb,
  actor: Actor,
  input: { id: string; amount: number; note: string; version?: number | null },
): Promise<OrdersResult<GiftCardRow>> {
  const errors: OrdersError[] = [];
  if (!Number.isSafeInteger(input.amount) || input.amount === 0 || Math.abs(input.amount) > MAX_MONEY_AMOUNT) {
    errors.push(
      ordersError('INVALID_AMOUNT', 'An adjustment is a whole number of minor units, not 0', FIELD('amount')),
    );
  }
  const note = input.note.trim();
  if (note.length < 1 || note.length > 500) {
    errors.push(ordersError('INVALID_INPUT', 'Say why (1-500 characters)', FIELD('note')));
  }
  if (errors.length) return Promise.resolve({ ok: false, errors });
  return db.tx(async (sql, tx) => {
    const card = await lockedCard(sql, input.id);
    if (!card) return ordersFail('NOT_FOUND', 'No such gift card', FIELD('id'));
    if (input.version != null && input.version !== card.version) {
      return ordersFail('CONFLICT', 'The gift card was changed meanwhile; reload it', FIELD('version'));
    }
    const balance = card.balance + input.amount;
    if (balance < 0 || balance > MAX_MONEY_AMOUNT) {
      return ordersFail(
        'INVALID_AMOUNT',
        balance < 0 ? `The balance is ${card.balance}: it cannot go below zero` : 'The balance would be too large',
        FIELD('amount'),
      );
    }
    const updated = await one<GiftCardRow>(
      sql,
      `update orders.gift_cards set balance = $2, version = version + 1, updated_at = now() where id = $1
       returning ${CARD_COLUMNS}`,
      [card.id, balance],
    );
    await appendMovement(sql, tx.tenantId, {
      giftCardId: card.id,
      kind: 'adjustment',
      amount: input.amount,
      balanceAfter: balance,
      note,
      actor: actor.id,
    });
    await tx.emit('orders.gift_card.adjusted', card.id, {
      giftCardId: card.id,
      currency: card.currency,
      amount: input.amount,
      balance,
      note,
      actor: actor.id,
    });
    return ok(updated as GiftCardRow);
  });
}

async function appendMovement(
  sql: Sql,
  tenantId: string,
  row: Omit<GiftCardTransactionRow, 'id' | 'createdAt' | 'orderId' | 'note' | 'actor'> & {
    orderId?: string | null;
    note?: string | null;
    actor?: string | null;
  },
): Promise<void> {
  await sql.query(
    `insert into orders.gift_card_transactions (tenant_id, gift_card_id, kind, amount, balance_after, order_id, note, actor)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      tenantId,
      row.giftCardId,
      row.kind,
      row.amount,
      row.balanceAfter,
      row.orderId ?? null,
      row.note ?? null,
      row.actor ?? null,
    ],
  );
}

// --- reads ------------------------------------------------------------------------------------------

export async function giftCardsByIds(sql: Sql, ids: readonly string[]): Promise<GiftCardRow[]> {
  const rows = await orm(sql, (orders) =>
    orders.giftCard.findMany({ where: { id: { in: [...ids] } }, select: CARD_FIELDS }),
  );
  return rows.map(asCard);
}

export interface GiftCardFilter {
  status: 'active' | 'disabled' | null;
  /** the last four characters of the code (case does not matter) */
  last4: string | null;
  customerId: string | null;
}

export function listGiftCards(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.id>,
  filter: GiftCardFilter,
): Promise<Connection<GiftCardRow>> {
  return db.run(async (sql) => {
    const where = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.last4 ? { last4: normalisedGiftCode(filter.last4) } : {}),
      ...(filter.customerId ? { customerId: filter.customerId } : {}),
    };
    const total = await orm(sql, (orders) => orders.giftCard.count({ where }));
    const after = uuidAfter(page);
    const rows = await orm(sql, (orders) =>
      orders.giftCard.findMany({
        where: { ...where, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: page.limit + 1,
        select: CARD_FIELDS,
      }),
    );
    return toConnection(rows.map(asCard), page, total, (row) => [row.id]);
  });
}

/** Each card's ledger, oldest first (one statement for a page of cards). */
export async function giftCardTransactions(sql: Sql, cardIds: readonly string[]): Promise<GiftCardTransactionRow[]> {
  const rows = await orm(sql, (orders) =>
    orders.giftCardTransaction.findMany({
      where: { giftCardId: { in: [...cardIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  );
  return rows.map(({ tenantId: _tenant, ...row }) => ({
    ...row,
    kind: row.kind as GiftCardMovement,
    amount: Number(row.amount),
    balanceAfter: Number(row.balanceAfter),
  }));
}

// --- shoppers: apply, checkout, give back -----------------------------------------------------------

export async function giftCardByCode(sql: Sql, code: string): Promise<GiftCardRow | null> {
  return one<GiftCardRow>(sql, `select ${CARD_COLUMNS} from orders.gift_cards where code_hash = $1`, [
    giftCodeHash(code),
  ]);
}

export const FIELD_GIFT_CARD_CODE = ['input', 'code'];

/**
 * Why a card cannot pay for a cart in `currency` now (null: it can). An unknown and a disabled card
 * get the same answer, so trying codes tells nothing about which exist.
 */
export function giftCardProblem(
  card: GiftCardRow | null,
  currency: string,
  field: string[],
  now = new Date(),
): OrdersError | null {
  if (card?.status !== 'active') {
    return ordersError('GIFT_CARD_INVALID', 'This gift card code is not valid', field);
  }
  if (card.expiresAt && card.expiresAt <= now)
    return ordersError('GIFT_CARD_EXPIRED', 'This gift card has expired', field);
  if (card.currency !== currency) {
    return ordersError(
      'GIFT_CARD_CURRENCY_MISMATCH',
      `This gift card is in ${card.currency}, the cart in ${currency}`,
      field,
    );
  }
  if (card.balance <= 0) return ordersError('GIFT_CARD_EMPTY', 'This gift card has no balance left', field);
  return null;
}

/** What the card pays of a total: all of its balance, at most the total. */
export const giftCardShare = (card: Pick<GiftCardRow, 'balance'> | null, total: number) =>
  card ? Math.max(0, Math.min(card.balance, total)) : 0;

/**
 * Takes `amount` off the card inside checkout's final transaction. The conditional update locks the
 * card's row until the order commits, so concurrent checkouts with the same card queue on it and
 * the balance never goes below zero; a balance that no longer covers `amount` (or a card disabled or
 * expired meanwhile) is GIFT_CARD_EMPTY / GIFT_CARD_INVALID thrown as a rejection: the whole order
 * rolls back and checkout voids the payment and releases the stock.
 */
export async function debitGiftCard(
  sql: Sql,
  tenantId: string,
  debit: { giftCardId: string; orderId: string; amount: number; field: string[] },
): Promise<void> {
  const { rows } = await sql.query<{ balance: number }>(
    `update orders.gift_cards set balance = balance - $2, version = version + 1, updated_at = now()
      where id = $1 and status = 'active' and balance >= $2 and (expires_at is null or expires_at > now())
      returning balance::float8 as balance`,
    [debit.giftCardId, debit.amount],
  );
  const balance = rows[0]?.balance;
  if (balance === undefined) {
    return reject(
      'GIFT_CARD_EMPTY',
      'The gift card no longer covers this amount; the order was not placed',
      debit.field,
    );
  }
  await appendMovement(sql, tenantId, {
    giftCardId: debit.giftCardId,
    kind: 'redemption',
    amount: -debit.amount,
    balanceAfter: balance,
    orderId: debit.orderId,
  });
}

/**
 * Gives up to `amount` back to the card an order was paid with (a cancel, a refund, an edit that
 * lowered the total), never more than the order's redemption less what it already gave back (both
 * read from the ledger). The card takes it back even when disabled or expired: the money is the
 * customer's. Returns what was credited.
 */
export async function creditGiftCard(
  sql: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
  order: { id: string; giftCardId: string | null },
  amount: number,
  reason: { source: GiftCardRefundSource; note: string },
): Promise<number> {
  if (!order.giftCardId || amount <= 0) return 0;
  const { note, source } = reason;
  // redemption rows are negative, refunds positive: minus their sum is what the order still holds
  const held = await one<{ outstanding: number }>(
    sql,
    `select (-coalesce(sum(amount), 0))::float8 as outstanding from orders.gift_card_transactions
      where order_id = $1 and gift_card_id = $2 and kind in ('redemption', 'refund')`,
    [order.id, order.giftCardId],
  );
  const credit = Math.min(amount, held?.outstanding ?? 0);
  if (credit <= 0) return 0;
  const card = await one<{ balance: number; currency: string }>(
    sql,
    `update orders.gift_cards set balance = balance + $2, version = version + 1, updated_at = now() where id = $1
     returning balance::float8 as balance, currency`,
    [order.giftCardId, credit],
  );
  if (!card) return 0;
  await appendMovement(sql, tx.tenantId, {
    giftCardId: order.giftCardId,
    kind: 'refund',
    amount: credit,
    balanceAfter: card.balance,
    orderId: order.id,
    note,
  });
  await tx.emit('orders.gift_card.refunded', order.giftCardId, {
    giftCardId: order.giftCardId,
    orderId: order.id,
    currency: card.currency,
    amount: credit,
    balance: card.balance,
    source,
    note,
  });
  return credit;
}

/** How a card's code is shown after it was issued: only its last four characters. */
export const maskedGiftCardCode = (last4: string) => `•••• •••• •••• ${last4}`;
