import type { Sql } from '../db.ts';
import type { EngineBuyer, EnginePromotion } from '../promotions/engine.ts';
import { type PromotionRule, ruleSchema } from '../promotions/rule.ts';
import { type OrdersError, ordersError } from './errors.ts';

/**
 * The promotions a cart is priced with: the shop's live automatic ones and the one behind the cart's
 * code. Live = active, inside its dates, in the cart's currency (or any) and not used up; a code that
 * is not live is reported (`codeProblem`) and left out, so the cart keeps working without it.
 */
export interface CartPromotions {
  promotions: EnginePromotion[];
  /** why the cart's code does not apply (null: it applies, or the cart has none) */
  codeProblem: OrdersError | null;
  /** the code's row, for redemption at checkout */
  codeId: string | null;
}

export interface PromotionOfferRow {
  id: string;
  name: string;
  automatic: boolean;
  currency: string | null;
  rule: unknown;
  priority: number;
  exclusive: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  usedCount: number;
  usageLimitPerCustomer: number | null;
  codeId: string | null;
  code: string | null;
  codeLimit: number | null;
  codeUsed: number | null;
}

// hand SQL: one statement for the automatic promotions and the code's, on every cart read and checkout
const LOAD_OFFERS = `
  select p.id, p.name, p.automatic, p.currency, p.rule, p.priority, p.exclusive, p.starts_at as "startsAt",
    p.ends_at as "endsAt", p.usage_limit as "usageLimit", p.used_count as "usedCount",
    p.usage_limit_per_customer as "usageLimitPerCustomer", c.id as "codeId", c.code, c.usage_limit as "codeLimit", c.used_count as "codeUsed"
  from orders.promotions p
  left join orders.promotion_codes c on c.tenant_id = p.tenant_id and c.promotion_id = p.id and c.code = $1
  where p.status = 'active' and (p.automatic or c.id is not null)
  order by p.id`;

export const FIELD_CODE = ['input', 'code'];

export async function loadOfferRows(sql: Sql, code: string | null): Promise<PromotionOfferRow[]> {
  const { rows } = await sql.query<PromotionOfferRow>(LOAD_OFFERS, [code ?? '']);
  return rows;
}

/** Why a promotion is not live for a cart in `currency` now (null: it is), as the payload error a code gets. */
export function offerProblem(
  row: PromotionOfferRow,
  currency: string,
  now: Date,
  field = FIELD_CODE,
): OrdersError | null {
  if (row.startsAt && row.startsAt > now)
    return ordersError('PROMOTION_NOT_STARTED', 'This promotion has not started yet', field);
  if (row.endsAt && row.endsAt <= now) return ordersError('PROMOTION_EXPIRED', 'This promotion has ended', field);
  if (row.usageLimit !== null && row.usedCount >= row.usageLimit) {
    return ordersError('PROMOTION_EXHAUSTED', 'This promotion has been used up', field);
  }
  if (row.codeId && row.codeLimit !== null && (row.codeUsed ?? 0) >= row.codeLimit) {
    return ordersError('PROMOTION_EXHAUSTED', 'This code has already been used', field);
  }
  if (row.currency && row.currency !== currency) {
    return ordersError('PROMOTION_NOT_APPLICABLE', `This promotion is for carts in ${row.currency}`, field);
  }
  return null;
}

/** The cart's promotions from the offer rows (see CartPromotions). */
export function cartPromotions(
  rows: readonly PromotionOfferRow[],
  code: string | null,
  currency: string,
  now = new Date(),
): CartPromotions {
  const promotions: EnginePromotion[] = [];
  let codeProblem: OrdersError | null = code
    ? ordersError('PROMOTION_CODE_INVALID', `There is no promotion with the code ${code}`, FIELD_CODE)
    : null;
  let codeId: string | null = null;
  for (const row of rows) {
    const viaCode = row.codeId !== null;
    const problem = offerProblem(row, currency, now);
    if (viaCode) codeProblem = problem;
    if (problem) continue;
    // a promotion reached by the code counts once, as the coded one (its limits are the code's)
    if (viaCode) codeId = row.codeId;
    promotions.push({
      id: row.id,
      name: row.name,
      code: viaCode ? row.code : null,
      priority: row.priority,
      exclusive: row.exclusive,
      rule: ruleSchema.parse(row.rule) as PromotionRule,
    });
  }
  return { promotions, codeProblem, codeId };
}

/**
 * Leaves out the promotions this buyer (customer id or checkout email) has used as often as each
 * allows; the cart's code among them is PROMOTION_EXHAUSTED. Checkout asks this before pricing, so an
 * automatic promotion a shopper used up simply stops applying to them; `redeem` checks again under
 * the promotion's row lock for two checkouts at once.
 */
export async function withoutUsedUp(
  sql: Sql,
  rows: readonly PromotionOfferRow[],
  buyer: { customerId: string | null; email: string },
  field: string[],
): Promise<{ rows: PromotionOfferRow[]; problem: OrdersError | null }> {
  const limited = rows.filter((row) => row.usageLimitPerCustomer !== null);
  if (!limited.length) return { rows: [...rows], problem: null };
  const { rows: used } = await sql.query<{ promotionId: string; used: number }>(
    `select promotion_id as "promotionId", count(*)::int as used from orders.promotion_redemptions
      where promotion_id = any($1::uuid[]) and released_at is null
        and (lower(email) = lower($2) or ($3::uuid is not null and customer_id = $3))
      group by promotion_id`,
    [limited.map((row) => row.id), buyer.email, buyer.customerId],
  );
  const counts = new Map(used.map((entry) => [entry.promotionId, entry.used]));
  const usedUp = (row: PromotionOfferRow) =>
    row.usageLimitPerCustomer !== null && (counts.get(row.id) ?? 0) >= row.usageLimitPerCustomer;
  const coded = rows.find((row) => row.codeId !== null && usedUp(row));
  return {
    rows: rows.filter((row) => !usedUp(row)),
    problem: coded ? ordersError('PROMOTION_EXHAUSTED', `You have already used ${coded.name}`, field) : null,
  };
}

/** The buyer as promotions judge them: their company and its customer group. */
export async function buyerOf(sql: Sql, customerId: string | null): Promise<EngineBuyer> {
  if (!customerId) return { customerId: null, companyId: null, customerGroup: null };
  const { rows } = await sql.query<{ companyId: string | null; customerGroup: string | null }>(
    `select u.company_id as "companyId", c.customer_group as "customerGroup"
       from orders.customers u left join orders.companies c on c.tenant_id = u.tenant_id and c.id = u.company_id
      where u.id = $1`,
    [customerId],
  );
  return { customerId, companyId: rows[0]?.companyId ?? null, customerGroup: rows[0]?.customerGroup ?? null };
}

/** A code as shoppers type it: trimmed, upper case. */
export const normalisedCode = (code: string) => code.trim().toUpperCase();
export const CODE_PATTERN = /^[A-Z0-9_-]{3,40}$/;
