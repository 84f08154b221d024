import { randomInt } from 'node:crypto';
import { type Connection, type CURSOR_KEYS, ok, type Page, payloadError, toConnection, uuidAfter } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { type PromotionRule, ruleSchema } from '../promotions/rule.ts';
import { type OrdersError, type OrdersResult, ordersError, ordersFail } from './errors.ts';
import { CODE_PATTERN, normalisedCode } from './promotions.ts';

/** A promotion as staff see it; `rule` is the validated shape of src/promotions/rule.ts. */
export interface PromotionRow {
  id: string;
  name: string;
  status: 'active' | 'archived';
  automatic: boolean;
  currency: string | null;
  rule: PromotionRule;
  priority: number;
  exclusive: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  usageLimitPerCustomer: number | null;
  usedCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PromotionCodeRow {
  id: string;
  promotionId: string;
  code: string;
  usageLimit: number | null;
  usedCount: number;
  batch: string | null;
  createdAt: Date;
}

const PROMOTION_FIELDS = {
  id: true,
  name: true,
  status: true,
  automatic: true,
  currency: true,
  rule: true,
  priority: true,
  exclusive: true,
  startsAt: true,
  endsAt: true,
  usageLimit: true,
  usageLimitPerCustomer: true,
  usedCount: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

const CODE_FIELDS = {
  id: true,
  promotionId: true,
  code: true,
  usageLimit: true,
  usedCount: true,
  batch: true,
  createdAt: true,
} as const;

const asRow = (row: Prisma.PromotionGetPayload<{ select: typeof PROMOTION_FIELDS }>): PromotionRow => ({
  ...row,
  status: row.status as PromotionRow['status'],
  rule: ruleSchema.parse(row.rule),
});

export interface PromotionFields {
  name?: string | null;
  automatic?: boolean | null;
  currency?: string | null;
  rule?: unknown;
  priority?: number | null;
  exclusive?: boolean | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  usageLimit?: number | null;
  usageLimitPerCustomer?: number | null;
}

const FIELD = (...path: string[]) => ['input', ...path];

/** Every problem of the fields at once, as payload errors; the rule's under `input.rule.<path>`. */
function problemsOf(fields: PromotionFields, creating: boolean): OrdersError[] {
  const errors: OrdersError[] = [];
  if (creating || fields.name !== undefined) {
    const name = fields.name?.trim() ?? '';
    if (name.length < 1 || name.length > 200)
      errors.push(ordersError('INVALID_INPUT', 'A name is 1-200 characters', FIELD('name')));
  }
  if (creating || fields.rule !== undefined) {
    const parsed = ruleSchema.safeParse(fields.rule);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(ordersError('INVALID_PROMOTION_RULE', issue.message, FIELD('rule', ...issue.path.map(String))));
      }
    }
  }
  if (fields.priority != null && (fields.priority < -1000 || fields.priority > 1000)) {
    errors.push(ordersError('INVALID_INPUT', 'Priority is between -1000 and 1000', FIELD('priority')));
  }
  for (const key of ['usageLimit', 'usageLimitPerCustomer'] as const) {
    const value = fields[key];
    if (value != null && (!Number.isInteger(value) || value < 1 || value > 2_147_483_647)) {
      errors.push(ordersError('INVALID_INPUT', 'A limit is a positive whole number', FIELD(key)));
    }
  }
  if (fields.startsAt && fields.endsAt && fields.endsAt <= fields.startsAt) {
    errors.push(ordersError('INVALID_INPUT', 'The end must come after the start', FIELD('endsAt')));
  }
  return errors;
}

/** A fixed amount is money of one currency: such rules need the promotion's currency. */
function currencyProblem(rule: PromotionRule, currency: string | null): OrdersError | null {
  const { action } = rule;
  const fixed =
    action.type === 'fixed' || (action.type === 'tiered' && action.tiers.some((tier) => tier.amount !== undefined));
  return fixed && !currency
    ? ordersError('INVALID_PROMOTION_RULE', 'A fixed amount needs the promotion’s currency', FIELD('currency'))
    : null;
}

const DUPLICATE_CODE = {
  promotion_codes_code_key: payloadError('DUPLICATE_CODE', 'This code is taken by another promotion', FIELD('code')),
};

export function createPromotion(
  db: TenantDb,
  input: PromotionFields & { name: string; rule: unknown; code?: string | null },
): Promise<OrdersResult<PromotionRow>> {
  const errors = problemsOf(input, true);
  const code = input.code ? normalisedCode(input.code) : null;
  if (code !== null && !CODE_PATTERN.test(code)) {
    errors.push(ordersError('PROMOTION_CODE_INVALID', 'A code is 3-40 letters, digits, - or _', FIELD('code')));
  }
  if (errors.length === 0) {
    const problem = currencyProblem(ruleSchema.parse(input.rule), input.currency ?? null);
    if (problem) errors.push(problem);
  }
  if (errors.length) return Promise.resolve({ ok: false, errors });
  return db.tx(
    async (sql) => {
      const created = await orm(sql, (orders) =>
        orders.promotion.create({
          data: {
            tenantId: db.tenantId,
            name: input.name.trim(),
            automatic: input.automatic ?? code === null,
            currency: input.currency ?? null,
            rule: ruleSchema.parse(input.rule) as Prisma.InputJsonValue,
            priority: input.priority ?? 0,
            exclusive: input.exclusive ?? false,
            startsAt: input.startsAt ?? null,
            endsAt: input.endsAt ?? null,
            usageLimit: input.usageLimit ?? null,
            usageLimitPerCustomer: input.usageLimitPerCustomer ?? null,
          },
          select: PROMOTION_FIELDS,
        }),
      );
      if (code) {
        await orm(sql, (orders) =>
          orders.promotionCode.create({ data: { tenantId: db.tenantId, promotionId: created.id, code } }),
        );
      }
      return ok(asRow(created));
    },
    { unique: DUPLICATE_CODE },
  );
}

export function updatePromotion(
  db: TenantDb,
  id: string,
  input: PromotionFields & { version?: number | null },
): Promise<OrdersResult<PromotionRow>> {
  const errors = problemsOf(input, false);
  if (errors.length) return Promise.resolve({ ok: false, errors });
  return db.tx(async (sql) => {
    const current = await lockedPromotion(sql, id);
    if (!current) return ordersFail('NOT_FOUND', 'No such promotion', FIELD('id'));
    if (input.version != null && input.version !== current.version) {
      return ordersFail('CONFLICT', 'The promotion was changed meanwhile; reload it', FIELD('version'));
    }
    const rule = input.rule !== undefined ? ruleSchema.parse(input.rule) : current.rule;
    const currency = input.currency !== undefined ? input.currency : current.currency;
    const problem = currencyProblem(rule, currency);
    if (problem) return { ok: false, errors: [problem] };
    const startsAt = input.startsAt !== undefined ? input.startsAt : current.startsAt;
    const endsAt = input.endsAt !== undefined ? input.endsAt : current.endsAt;
    if (startsAt && endsAt && endsAt <= startsAt) {
      return ordersFail('INVALID_INPUT', 'The end must come after the start', FIELD('endsAt'));
    }
    const usageLimit = input.usageLimit !== undefined ? input.usageLimit : current.usageLimit;
    if (usageLimit !== null && usageLimit < current.usedCount) {
      return ordersFail('INVALID_INPUT', `It has been used ${current.usedCount} times already`, FIELD('usageLimit'));
    }
    const updated = await orm(sql, (orders) =>
      orders.promotion.update({
        where: { tenantId_id: { tenantId: db.tenantId, id } },
        data: {
          name: input.name?.trim() ?? undefined,
          automatic: input.automatic ?? undefined,
          currency,
          rule: rule as Prisma.InputJsonValue,
          priority: input.priority ?? undefined,
          exclusive: input.exclusive ?? undefined,
          startsAt,
          endsAt,
          usageLimit,
          usageLimitPerCustomer:
            input.usageLimitPerCustomer !== undefined ? input.usageLimitPerCustomer : current.usageLimitPerCustomer,
          version: { increment: 1 },
          updatedAt: new Date(),
        },
        select: PROMOTION_FIELDS,
      }),
    );
    return ok(asRow(updated));
  });
}

/** Archived promotions stop applying at once (carts and checkout read only active ones); orders keep theirs. */
export function archivePromotion(db: TenantDb, id: string): Promise<OrdersResult<PromotionRow>> {
  return db.tx(async (sql) => {
    const current = await lockedPromotion(sql, id);
    if (!current) return ordersFail('NOT_FOUND', 'No such promotion', FIELD('id'));
    const updated = await orm(sql, (orders) =>
      orders.promotion.update({
        where: { tenantId_id: { tenantId: db.tenantId, id } },
        data: { status: 'archived', version: { increment: 1 }, updatedAt: new Date() },
        select: PROMOTION_FIELDS,
      }),
    );
    return ok(asRow(updated));
  });
}

// hand SQL: a row lock (`for update`), so an edit and a checkout's redemption do not interleave
async function lockedPromotion(sql: Sql, id: string): Promise<PromotionRow | null> {
  const row = await one<{ id: string }>(sql, 'select id from orders.promotions where id = $1 for update', [id]);
  if (!row) return null;
  const found = await orm(sql, (orders) => orders.promotion.findFirst({ where: { id }, select: PROMOTION_FIELDS }));
  return found ? asRow(found) : null;
}

export async function promotionsByIds(sql: Sql, ids: readonly string[]): Promise<PromotionRow[]> {
  const rows = await orm(sql, (orders) =>
    orders.promotion.findMany({ where: { id: { in: [...ids] } }, select: PROMOTION_FIELDS }),
  );
  return rows.map(asRow);
}

export function listPromotions(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.id>,
  status: 'active' | 'archived' | null,
): Promise<Connection<PromotionRow>> {
  return db.run(async (sql) => {
    const where = status ? { status } : {};
    const total = await orm(sql, (orders) => orders.promotion.count({ where }));
    const after = uuidAfter(page);
    const rows = await orm(sql, (orders) =>
      orders.promotion.findMany({
        where: { ...where, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: page.limit + 1,
        select: PROMOTION_FIELDS,
      }),
    );
    return toConnection(rows.map(asRow), page, total, (row) => [row.id]);
  });
}

export function listPromotionCodes(
  sql: Sql,
  promotionId: string,
  page: Page<typeof CURSOR_KEYS.id>,
): Promise<Connection<PromotionCodeRow>> {
  return (async () => {
    const total = await orm(sql, (orders) => orders.promotionCode.count({ where: { promotionId } }));
    const after = uuidAfter(page);
    const rows = await orm(sql, (orders) =>
      orders.promotionCode.findMany({
        where: { promotionId, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: page.limit + 1,
        select: CODE_FIELDS,
      }),
    );
    return toConnection(rows, page, total, (row) => [row.id]);
  })();
}

export const MAX_GENERATED_CODES = 10_000;
const PREFIX_PATTERN = /^[A-Z0-9]{1,16}$/;
// no 0/O, 1/I/L: codes are read aloud and typed from print
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const randomPart = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/**
 * Generates `count` single-use codes `<PREFIX>-<8 random>` for a promotion, in one batch named by the
 * prefix. Codes that collide with existing ones are drawn again (`on conflict do nothing`).
 */
export function generateCodes(
  db: TenantDb,
  input: { promotionId: string; count: number; prefix: string },
): Promise<OrdersResult<{ promotion: PromotionRow; codes: string[] }>> {
  const prefix = input.prefix.trim().toUpperCase();
  const errors: OrdersError[] = [];
  if (!PREFIX_PATTERN.test(prefix))
    errors.push(ordersError('INVALID_INPUT', 'A prefix is 1-16 letters or digits', FIELD('prefix')));
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_GENERATED_CODES) {
    errors.push(ordersError('INVALID_INPUT', `Generate 1 to ${MAX_GENERATED_CODES} codes at once`, FIELD('count')));
  }
  if (errors.length) return Promise.resolve({ ok: false, errors });
  return db.tx(async (sql) => {
    const promotion = await lockedPromotion(sql, input.promotionId);
    if (!promotion) return ordersFail('NOT_FOUND', 'No such promotion', FIELD('promotionId'));
    const codes: string[] = [];
    for (let round = 0; codes.length < input.count && round < 5; round++) {
      const wanted = Array.from({ length: input.count - codes.length }, () => `${prefix}-${randomPart(8)}`);
      // hand SQL: a bulk unnest insert that skips collisions
      const { rows } = await sql.query<{ code: string }>(
        `insert into orders.promotion_codes (tenant_id, promotion_id, code, usage_limit, batch)
         select $1, $2, c, 1, $4 from unnest($3::text[]) as c
         on conflict do nothing returning code`,
        [db.tenantId, promotion.id, wanted, prefix],
      );
      codes.push(...rows.map((row) => row.code));
    }
    if (codes.length < input.count) throw new Error('could not draw enough distinct codes');
    return ok({ promotion, codes });
  });
}

/** The promotion's codes as CSV (code, uses, limit, batch), optionally one batch, for printing or mailing. */
export async function codesCsv(sql: Sql, promotionId: string, batch: string | null): Promise<string> {
  const rows = await orm(sql, (orders) =>
    orders.promotionCode.findMany({
      where: { promotionId, ...(batch ? { batch: batch.toUpperCase() } : {}) },
      orderBy: { code: 'asc' },
      take: 50_000,
      select: CODE_FIELDS,
    }),
  );
  const lines = rows.map((row) => [row.code, row.usedCount, row.usageLimit ?? '', row.batch ?? ''].join(','));
  return `${['code,used,limit,batch', ...lines].join('\n')}\n`;
}
