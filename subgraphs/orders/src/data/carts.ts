import { type AuthContext, encodeGlobalId, fail, localUuid, ok } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { OrdersDeps } from '../deps.ts';
import { canUseCart, customerIdOf } from './access.ts';
import { customerGroupOf, ensureCustomer } from './customers.ts';
import { type OrdersResult, ordersFail, pluginRefusedError } from './errors.ts';
import { type PricedLine, priceLines } from './pricing.ts';
import { CART_COLUMNS, CART_LINE_COLUMNS, type CartLineRow, type CartRow } from './rows.ts';
import { loadShopShipping } from './shipping.ts';
import { shippingOffer } from './shipping-offer.ts';
import { currencyNotSold, soldCurrencies } from './shop-currencies.ts';
import { activePlansOf, waiveTrials } from './subscription-checkout.ts';
import { AMOUNT_TOO_LARGE_MESSAGE, amountsTooLarge, pricingContext } from './totals.ts';
import { checkQuantity } from './validation.ts';

export async function loadCart(sql: Sql, id: string, lock = false): Promise<CartRow | null> {
  return one<CartRow>(sql, `select ${CART_COLUMNS} from orders.carts where id = $1${lock ? ' for update' : ''}`, [id]);
}

export async function loadCartLines(sql: Sql, cartIds: readonly string[]): Promise<CartLineRow[]> {
  const { rows } = await sql.query<CartLineRow>(
    `select ${CART_LINE_COLUMNS} from orders.cart_lines where cart_id = any($1::uuid[]) order by seq`,
    [cartIds],
  );
  return rows;
}

/** The cart if the caller may use it (another tenant's or customer's: NOT_FOUND); a malformed id is BAD_USER_INPUT. */
export async function usableCart(sql: Sql, auth: AuthContext, globalId: string, field: string[], lock = false) {
  const cart = await loadCart(sql, localUuid(globalId, 'Cart', field), lock);
  if (!cart || !canUseCart(auth, cart)) return ordersFail('NOT_FOUND', 'No such cart', field);
  return ok(cart);
}

export async function findCart(db: TenantDb, auth: AuthContext, globalId: string): Promise<CartRow | null> {
  const result = await db.run((sql) => usableCart(sql, auth, globalId, ['id']));
  return result.ok ? result.value : null;
}

export async function myOpenCart(db: TenantDb, customerId: string): Promise<CartRow | null> {
  return db.run((sql) =>
    one<CartRow>(sql, `select ${CART_COLUMNS} from orders.carts where customer_id = $1 and status = 'open'`, [
      customerId,
    ]),
  );
}

/** A customer gets their one open cart (created if needed); an anonymous shopper a new one. */
export async function createCart(db: TenantDb, auth: AuthContext, currency: string): Promise<OrdersResult<CartRow>> {
  const customerId = customerIdOf(auth);
  return db.tx(async (sql) => {
    const notSold = currencyNotSold(await soldCurrencies(sql), currency, ['input', 'currency']);
    if (notSold) return notSold;
    if (customerId) {
      await ensureCustomer(sql, db.tenantId, customerId);
      const open = await one<CartRow>(
        sql,
        `select ${CART_COLUMNS} from orders.carts where customer_id = $1 and status = 'open'`,
        [customerId],
      );
      if (open) return ok(open);
    }
    const cart = await one<CartRow>(
      sql,
      `insert into orders.carts (tenant_id, customer_id, currency) values ($1, $2, $3) returning ${CART_COLUMNS}`,
      [db.tenantId, customerId, currency],
    );
    return ok(cart as CartRow);
  });
}

export interface LineChange {
  variantId: string;
  quantity: number;
}

type Mode = 'add' | 'set';

/**
 * Adds to (or sets) line quantities. Prices come from catalog for the resulting quantities (tiers),
 * fetched outside the transaction; the write then checks that the cart did not change meanwhile.
 */
export async function changeCartLines(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  input: { cartId: string; version?: number | null; lines: LineChange[] },
  mode: Mode,
): Promise<OrdersResult<CartRow>> {
  if (input.lines.length === 0 || input.lines.length > 100) {
    return ordersFail('INVALID_INPUT', 'Send 1 to 100 lines', ['input', 'lines']);
  }
  const changes = new Map<string, number>();
  for (const [index, line] of input.lines.entries()) {
    const field = ['input', 'lines', String(index)];
    const invalid = checkQuantity(line.quantity, [...field, 'quantity'], mode === 'set');
    if (invalid) return invalid;
    const variantId = localUuid(line.variantId, 'ProductVariant', [...field, 'variantId']);
    changes.set(variantId, mode === 'add' ? (changes.get(variantId) ?? 0) + line.quantity : line.quantity);
  }
  return repriceCart(deps, db, auth, input, {
    field: ['input', 'lines'],
    variants: [...changes.keys()],
    quantities: (lines) => {
      const quantities = new Map(lines.map((line) => [line.variantId, line.quantity]));
      for (const [variantId, quantity] of changes) {
        const next = mode === 'add' ? (quantities.get(variantId) ?? 0) + quantity : quantity;
        if (next > 10_000) return ordersFail('INVALID_QUANTITY', 'At most 10000 per line', ['input', 'lines']);
        if (next === 0) quantities.delete(variantId);
        else quantities.set(variantId, next);
      }
      return ok(quantities);
    },
    // tenants' validator plugins judge each added line, before the cart is written
    judged: mode === 'add' ? new Set(changes.keys()) : null,
  });
}

/** What a change of a cart's lines or currency does, for `repriceCart`. */
export interface CartRepricing {
  /** where pricing refusals (CURRENCY_MISMATCH, UNKNOWN_VARIANT, AMOUNT_TOO_LARGE) point */
  field: string[];
  /** variants the change brings in beside the cart's lines (their subscription plans are read too) */
  variants?: readonly string[];
  /** the quantities after the change, from the cart's lines as they are */
  quantities(lines: readonly CartLineRow[]): OrdersResult<Map<string, number>>;
  /** the variants tenants' validator plugins judge as changed (null: no plugin is asked) */
  judged?: ReadonlySet<string> | null;
  /** how pricing refusals name a line the cart has (default: by its variant's id) */
  name?(line: CartLineRow): string;
  /** the currency the cart is priced and written in (default: its own) */
  currency?: string;
  /** checks of the cart as read (before pricing) and again in the write's unit of work */
  check?(sql: Sql, cart: CartRow): Promise<OrdersResult<never> | null>;
  /** more writes in the same unit of work, after the lines; answers the cart as written */
  settle?(sql: Sql, cart: CartRow, lines: PricedLine[]): Promise<CartRow>;
}

/**
 * The one way a cart's lines are (re)priced and written: catalog's prices for the buyer's group in
 * the cart's (or the new) currency, fetched outside the transaction, trials waived, the amount
 * bounded, validator plugins asked; then one unit of work that writes every line (and the currency)
 * only if the cart did not change meanwhile — all or nothing. A concurrent change is retried when
 * the caller sent no version.
 */
export async function repriceCart(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  input: { cartId: string; version?: number | null },
  change: CartRepricing,
): Promise<OrdersResult<CartRow>> {
  for (let attempt = 0; ; attempt++) {
    const snapshot = await db.run(async (sql) => {
      const found = await usableCart(sql, auth, input.cartId, ['input', 'cartId']);
      if (!found.ok) return found;
      const lines = await loadCartLines(sql, [found.value.id]);
      // a subscription whose renewals start after a trial: its line costs nothing now, as checkout charges it
      const plans = await activePlansOf(sql, [
        ...new Set([...lines.map((line) => line.variantId), ...(change.variants ?? [])]),
      ]);
      return ok({ cart: found.value, lines, plans, group: await customerGroupOf(sql, found.value.customerId) });
    });
    if (!snapshot.ok) return snapshot;
    const { cart, lines, plans, group } = snapshot.value;
    if (cart.status !== 'open') return ordersFail('CART_NOT_OPEN', `The cart is ${cart.status}`, ['input', 'cartId']);
    if (input.version != null && input.version !== cart.version) {
      return ordersFail('CONFLICT', 'The cart was changed meanwhile; reload it', ['input', 'version']);
    }
    const check = change.check;
    const refused = check ? await db.run((sql) => check(sql, cart)) : null;
    if (refused) return refused;
    const quantities = change.quantities(lines);
    if (!quantities.ok) return quantities;
    const currency = change.currency ?? cart.currency;
    const name = change.name;
    const names = name ? new Map(lines.map((line) => [line.variantId, name(line)])) : undefined;
    const listed = await priceLines(deps, db.tenantId, currency, group, quantities.value, change.field, names);
    if (!listed.ok) return listed;
    const priced = waiveTrials(listed.value, plans);
    const { subtotal } = pricingContext(currency, priced, null);
    if (amountsTooLarge({ subtotal, shipping: 0, tax: 0, total: subtotal })) {
      return ordersFail('AMOUNT_TOO_LARGE', AMOUNT_TOO_LARGE_MESSAGE, change.field);
    }
    if (change.judged) {
      const judged = change.judged;
      const refusal = await deps.validators.cartLines(db.tenantId, {
        cartId: cart.id,
        currency,
        changed: priced.filter((line) => judged.has(line.variantId)),
        lines: priced,
        subtotal,
        customerId: cart.customerId,
      });
      if (refusal) return fail(pluginRefusedError(refusal));
    }
    const written = await db.tx(async (sql) => {
      const bumped = await one<CartRow>(
        sql,
        `update orders.carts set version = version + 1, currency = $3, updated_at = now()
           where id = $1 and version = $2 and status = 'open' returning ${CART_COLUMNS}`,
        [cart.id, cart.version, currency],
      );
      if (!bumped) return ordersFail('CONFLICT', 'The cart was changed meanwhile; reload it', ['input', 'version']);
      const stillRefused = await change.check?.(sql, bumped);
      if (stillRefused) return stillRefused;
      await sql.query(`delete from orders.cart_lines where cart_id = $1 and not (variant_id = any($2::uuid[]))`, [
        cart.id,
        [...quantities.value.keys()],
      ]);
      for (const line of priced) await putCartLine(sql, db.tenantId, cart.id, line);
      return ok(change.settle ? await change.settle(sql, bumped, priced) : bumped);
    });
    if (written.ok) return written;
    // someone changed the cart between our read and our write
    const conflict = written.errors.some((error) => error.code === 'CONFLICT');
    if (!conflict || input.version != null || attempt >= 2) return written;
  }
}

/** The cart a mutation changes, and the version the caller last saw (a stale one is a CONFLICT). */
export interface CodeInput {
  cartId: string;
  version?: number | null;
}

/** Runs `work` on the caller's cart, locked, when it is open and (if given) at the version they saw. */
export function withOpenCart(
  db: TenantDb,
  auth: AuthContext,
  input: CodeInput,
  work: (sql: Sql, cart: CartRow) => Promise<OrdersResult<CartRow>>,
): Promise<OrdersResult<CartRow>> {
  return db.tx(async (sql) => {
    const found = await usableCart(sql, auth, input.cartId, ['input', 'cartId'], true);
    if (!found.ok) return found;
    const cart = found.value;
    if (cart.status !== 'open') return ordersFail('CART_NOT_OPEN', `The cart is ${cart.status}`, ['input', 'cartId']);
    if (input.version != null && input.version !== cart.version) {
      return ordersFail('CONFLICT', 'The cart was changed meanwhile; reload it', ['input', 'version']);
    }
    return work(sql, cart);
  });
}

/**
 * Chooses the cart's shipping method (null: back to the cheapest offered). The code must be offered in
 * the cart's currency; the destination country is checked at checkout, when it is known.
 */
export async function setCartShippingMethod(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  input: CodeInput & { shippingMethod?: string | null },
): Promise<OrdersResult<CartRow>> {
  const code = input.shippingMethod?.trim() || null;
  return withOpenCart(db, auth, input, async (sql, cart) => {
    if (code) {
      const lines = await loadCartLines(sql, [cart.id]);
      const offer = await shippingOffer(deps, db.tenantId, await loadShopShipping(sql), {
        ...pricingContext(cart.currency, lines, null),
        cartId: cart.id,
        lines,
        customerId: cart.customerId,
      });
      if (offer.refusal) return fail(pluginRefusedError(offer.refusal));
      if (!offer.methods.some((method) => method.code === code)) {
        return ordersFail(
          'SHIPPING_METHOD_UNAVAILABLE',
          `No shipping method "${code}" is offered for ${cart.currency}`,
          ['input', 'shippingMethod'],
        );
      }
    }
    const updated = await one<CartRow>(
      sql,
      `update orders.carts set shipping_method = $2, version = version + 1, updated_at = now()
         where id = $1 returning ${CART_COLUMNS}`,
      [cart.id, code],
    );
    return ok(updated as CartRow);
  });
}

/**
 * Signing in with an anonymous cart: its lines move into the customer's open cart (quantities add up,
 * prices re-read for the customer's group), a shipping method chosen as a guest carries over unless
 * the customer's cart has its own, and the anonymous cart becomes `merged`.
 */
export async function mergeCart(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  anonymousCartId: string,
): Promise<OrdersResult<CartRow>> {
  const customerId = customerIdOf(auth);
  if (!customerId) return ordersFail('INVALID_INPUT', 'Only a signed-in customer can merge a cart', null);
  const source = await db.run((sql) => usableCart(sql, auth, anonymousCartId, ['input', 'anonymousCartId']));
  if (!source.ok) return source;
  if (source.value.customerId !== null) {
    return ordersFail('INVALID_INPUT', 'Only an anonymous cart can be merged', ['input', 'anonymousCartId']);
  }
  if (source.value.status !== 'open') {
    return ordersFail('CART_NOT_OPEN', `The cart is ${source.value.status}`, ['input', 'anonymousCartId']);
  }
  const target = await createCart(db, auth, source.value.currency);
  if (!target.ok) return target;
  if (target.value.currency !== source.value.currency) {
    return ordersFail('CURRENCY_MISMATCH', 'Your cart uses another currency', ['input', 'anonymousCartId']);
  }
  const lines = await db.run((sql) => loadCartLines(sql, [source.value.id]));
  if (lines.length > 0) {
    const added = await changeCartLines(
      deps,
      db,
      auth,
      {
        cartId: encodeCart(target.value.id),
        lines: lines.map((line) => ({ variantId: encodeVariant(line.variantId), quantity: line.quantity })),
      },
      'add',
    );
    if (!added.ok) return added;
  }
  return db.tx(async (sql, tx) => {
    const closed = await sql.query(
      `update orders.carts set status = 'merged', version = version + 1, updated_at = now()
         where id = $1 and status = 'open'`,
      [source.value.id],
    );
    if (closed.rowCount === 0) return ordersFail('CONFLICT', 'The cart was merged or checked out meanwhile', null);
    // a code entered as a guest carries over too, unless the customer's cart has one
    if (source.value.promotionCode) {
      await sql.query(
        `update orders.carts set promotion_code = $2, version = version + 1, updated_at = now()
           where id = $1 and promotion_code is null`,
        [target.value.id, source.value.promotionCode],
      );
    }
    if (source.value.shippingMethod) {
      await sql.query(
        `update orders.carts set shipping_method = $2, version = version + 1, updated_at = now()
           where id = $1 and shipping_method is null`,
        [target.value.id, source.value.shippingMethod],
      );
    }
    await tx.emit('orders.cart.merged', target.value.id, {
      cartId: target.value.id,
      mergedCartId: source.value.id,
      customerId,
    });
    const cart = await loadCart(sql, target.value.id);
    return cart ? ok(cart) : fail404();
  });
}

const fail404 = () => ordersFail('NOT_FOUND', 'No such cart', null);

export const encodeCart = (id: string) => encodeGlobalId('Cart', id);
export const encodeVariant = (id: string) => encodeGlobalId('ProductVariant', id);

/**
 * Writes a priced line into a cart: its quantity and the catalog facts it was priced with (sku, title,
 * price, tax class, product, collections, categories), replacing the variant's line if the cart has one.
 */
export async function putCartLine(sql: Sql, tenantId: string, cartId: string, line: PricedLine): Promise<void> {
  // add-to-cart's hot path: one statement a line, an upsert on the cart's variant
  await sql.query(
    `insert into orders.cart_lines (tenant_id, cart_id, variant_id, quantity, sku, title, unit_amount, tax_class, product_id,
       collection_ids, category_ids)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid[], $11::uuid[])
     on conflict (tenant_id, cart_id, variant_id) do update set quantity = excluded.quantity,
       sku = excluded.sku, title = excluded.title, unit_amount = excluded.unit_amount, tax_class = excluded.tax_class,
       product_id = excluded.product_id, collection_ids = excluded.collection_ids, category_ids = excluded.category_ids`,
    [
      tenantId,
      cartId,
      line.variantId,
      line.quantity,
      line.sku,
      line.title,
      line.unitAmount,
      line.taxClass,
      line.productId,
      line.collectionIds,
      line.categoryIds,
    ],
  );
}
