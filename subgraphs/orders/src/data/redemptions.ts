import { reject } from '@ucos/kit';
import type { Sql } from '../db.ts';
import type { AppliedPromotion } from '../promotions/engine.ts';

// checkout's input has no code: the code is the cart's (`promotionCode`: checkout then takes it off the cart)
const fieldOf = (promotion: AppliedPromotion) =>
  promotion.code !== null ? ['input', 'cartId', 'promotionCode'] : ['input', 'cartId'];

export interface Redemption {
  orderId: string;
  customerId: string | null;
  email: string;
  applied: readonly AppliedPromotion[];
  /** the code row behind the applied coded promotion */
  codeId: string | null;
}

/**
 * Records an order's promotions inside checkout's final transaction. Each promotion's counter is
 * raised by a conditional update, which locks its row until the order commits: concurrent checkouts
 * queue on it, so `usage_limit` admits exactly that many orders, and the per-customer count below
 * reads under the same lock. A limit reached is PROMOTION_EXHAUSTED thrown as a rejection: the whole
 * order rolls back and checkout compensates (void, release) as for any failed final step.
 */
export async function redeem(sql: Sql, tenantId: string, redemption: Redemption): Promise<void> {
  // in id order, so two orders using the same promotions lock them in the same order
  const applied = [...redemption.applied].sort((a, b) => (a.promotionId < b.promotionId ? -1 : 1));
  for (const promotion of applied) {
    const raised = await sql.query<{ perCustomer: number | null }>(
      `update orders.promotions set used_count = used_count + 1
         where id = $1 and status = 'active' and (usage_limit is null or used_count < usage_limit)
           and (ends_at is null or ends_at > now())
       returning usage_limit_per_customer as "perCustomer"`,
      [promotion.promotionId],
    );
    if (raised.rowCount === 0) {
      reject(
        'PROMOTION_EXHAUSTED',
        `${promotion.name} is no longer available; the order was not placed`,
        fieldOf(promotion),
      );
    }
    const perCustomer = raised.rows[0]?.perCustomer ?? null;
    if (perCustomer !== null) {
      const { rows } = await sql.query<{ used: number }>(
        `select count(*)::int as used from orders.promotion_redemptions
          where promotion_id = $1 and released_at is null
            and (lower(email) = lower($2) or ($3::uuid is not null and customer_id = $3))`,
        [promotion.promotionId, redemption.email, redemption.customerId],
      );
      if ((rows[0]?.used ?? 0) >= perCustomer) {
        reject('PROMOTION_EXHAUSTED', `You have already used ${promotion.name}`, fieldOf(promotion));
      }
    }
    const codeId = promotion.code !== null ? redemption.codeId : null;
    if (codeId) {
      const code = await sql.query(
        `update orders.promotion_codes set used_count = used_count + 1
           where id = $1 and (usage_limit is null or used_count < usage_limit)`,
        [codeId],
      );
      if (code.rowCount === 0) reject('PROMOTION_EXHAUSTED', 'This code has already been used', fieldOf(promotion));
    }
    await sql.query(
      `insert into orders.promotion_redemptions (tenant_id, promotion_id, code_id, order_id, customer_id, email, amount)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        tenantId,
        promotion.promotionId,
        codeId,
        redemption.orderId,
        redemption.customerId,
        redemption.email,
        promotion.amount + promotion.shippingAmount,
      ],
    );
  }
}

/**
 * A cancelled order gives its uses back: its redemptions are released and the counters lowered, in
 * the cancel's own transaction (once: only redemptions not yet released are counted back).
 */
export async function releaseRedemptions(sql: Sql, orderId: string): Promise<void> {
  await sql.query(
    `with released as (
       update orders.promotion_redemptions set released_at = now()
        where order_id = $1 and released_at is null
       returning promotion_id, code_id
     ), promotions as (
       update orders.promotions p set used_count = p.used_count - 1
         from released r where p.id = r.promotion_id and p.used_count > 0
     )
     update orders.promotion_codes c set used_count = c.used_count - 1
       from released r where c.id = r.code_id and c.used_count > 0`,
    [orderId],
  );
}
