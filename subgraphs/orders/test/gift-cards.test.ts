import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@ucos/kit';
import { waitFor } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import {
  type Caller,
  CHECKOUT,
  cartWith,
  checkoutInput,
  customer,
  ordersSuite,
  staff,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

/**
 * Gift cards: issued by staff (one or in bulk, the code shown once, idempotent), disabled and
 * adjusted with typed errors; applied to a cart (typed refusals that tell nothing about other codes);
 * paying part or all of an order at checkout, the rest through the provider; untouched when the rest
 * is declined; given back on cancel, on a refunded return and on an edit; never spent twice under 50
 * concurrent checkouts; scopes and other tenants.
 */
const h = ordersSuite({ onHand: { mug: 100_000, tee: 100_000 } });

/** one mug (12.50) shipped standard (4.99), no tax */
const MUG_ORDER = 1250 + 499;

const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

const ISSUE = `mutation ($input: GiftCardIssueInput!) {
  giftCardIssue(input: $input) {
    giftCards { id last4 maskedCode currency balance { amount } initialBalance { amount } status state expiresAt note }
    codes
    errors { code field message }
  }
}`;
const CARD = `query ($id: ID!) { giftCard(id: $id) {
  id last4 balance { amount } status state version
  transactions { kind amount { amount } balanceAfter { amount } order { id } note actor }
} }`;
const ADJUST = `mutation ($input: GiftCardAdjustInput!) {
  giftCardAdjust(input: $input) { giftCard { balance { amount } version } errors { code field message } }
}`;
const DISABLE = `mutation ($id: ID!) {
  giftCardDisable(input: { id: $id }) { giftCard { status state } errors { code field } }
}`;
const APPLY = `mutation ($input: CartApplyGiftCardInput!) {
  cartApplyGiftCard(input: $input) {
    cart { id version total { amount } giftCard { last4 balance { amount } } giftCardAmount { amount }
      amountToPay { amount } giftCardProblem }
    errors { code field message }
  }
}`;
const REMOVE = `mutation ($input: CartRemoveGiftCardInput!) {
  cartRemoveGiftCard(input: $input) { cart { giftCard { last4 } giftCardAmount { amount } amountToPay { amount } } errors { code } }
}`;
const PLACED = `query ($id: ID!) { order(id: $id) {
  status paymentStatus total { amount } giftCardAmount { amount } paymentAmount { amount } giftCard { last4 }
} }`;

async function issue(tenant: string, input: Record<string, unknown>) {
  const result = await h.call(ISSUE, { input: { currency: 'EUR', ...input } }, staff(tenant));
  const payload = result.data?.giftCardIssue;
  if (!payload?.giftCards?.length) throw new Error(JSON.stringify(result));
  return { card: payload.giftCards[0] as { id: string; last4: string }, code: payload.codes[0] as string, payload };
}

async function apply(auth: Caller, cartId: string, code: string) {
  return (await h.call(APPLY, { input: { cartId, code } }, auth)).data?.cartApplyGiftCard;
}

async function balanceOf(tenant: string, id: string): Promise<number> {
  return (await h.call(CARD, { id }, staff(tenant))).data?.giftCard.balance.amount;
}

async function mugCartWithCard(tenant: string, code: string, auth: Caller = storefront(tenant)) {
  const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
  const applied = await apply(auth, cart.id, code);
  expect(applied?.errors).toEqual([]);
  return { cart, auth };
}

describe('issuing, disabling and adjusting', () => {
  const tenant = randomUUID();

  it('issues a card with a generated code shown once; stores only its hash; the ledger and event start', async () => {
    const { card, code, payload } = await issue(tenant, { amount: 5000, note: 'Apology for a late parcel' });
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(card).toMatchObject({
      last4: code.slice(-4),
      maskedCode: `•••• •••• •••• ${code.slice(-4)}`,
      currency: 'EUR',
      balance: { amount: 5000 },
      initialBalance: { amount: 5000 },
      status: 'ACTIVE',
      state: 'USABLE',
      expiresAt: null,
      note: 'Apology for a late parcel',
    });
    expect(payload.errors).toEqual([]);
    const stored = await h.adminQuery<Record<string, unknown>>('select * from orders.gift_cards where tenant_id = $1', [
      tenant,
    ]);
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
    expect(JSON.stringify(stored)).not.toContain(code);
    const read = await h.call(CARD, { id: card.id }, staff(tenant));
    expect(read.data?.giftCard.transactions).toEqual([
      {
        kind: 'ISSUE',
        amount: { amount: 5000 },
        balanceAfter: { amount: 5000 },
        order: null,
        note: 'Apology for a late parcel',
        actor: expect.any(String),
      },
    ]);
    const [event] = await h.adminQuery<{ payload: Record<string, unknown> }>(
      `select payload from orders.outbox where tenant_id = $1 and type = 'orders.gift_card.issued'`,
      [tenant],
    );
    expect(event?.payload).toMatchObject({ giftCardId: localId(card.id), amount: 5000, currency: 'EUR' });
    // node(id:) reaches it through _entities
    const entity = await h.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on GiftCard { last4 } } }`,
      { r: [{ __typename: 'GiftCard', id: card.id }] },
      staff(tenant),
    );
    expect(entity.data?._entities).toEqual([{ last4: card.last4 }]);
  });

  it('issues in bulk once per idempotency key: a replay answers the same cards without their codes', async () => {
    const key = randomUUID();
    const first = (
      await h.call(ISSUE, { input: { amount: 2500, currency: 'EUR', count: 25, idempotencyKey: key } }, staff(tenant))
    ).data?.giftCardIssue;
    expect(first.errors).toEqual([]);
    expect(first.giftCards).toHaveLength(25);
    expect(new Set(first.codes).size).toBe(25);
    const replay = (
      await h.call(ISSUE, { input: { amount: 2500, currency: 'EUR', count: 25, idempotencyKey: key } }, staff(tenant))
    ).data?.giftCardIssue;
    expect(replay.errors).toEqual([]);
    expect(replay.giftCards.map((card: { id: string }) => card.id)).toEqual(
      first.giftCards.map((card: { id: string }) => card.id),
    );
    expect(replay.codes).toEqual([]);
    const other = (await h.call(ISSUE, { input: { amount: 100, currency: 'EUR', idempotencyKey: key } }, staff(tenant)))
      .data?.giftCardIssue;
    expect(other.errors[0]?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const [count] = await h.adminQuery<{ n: number }>(
      'select count(*)::int as n from orders.gift_cards where tenant_id = $1 and initial_balance = 2500',
      [tenant],
    );
    expect(count?.n).toBe(25);
  });

  it('refuses bad input with typed errors on their fields, and nothing is stored', async () => {
    const before = await h.adminQuery('select 1 from orders.gift_cards where tenant_id = $1', [tenant]);
    const bad = (
      await h.call(
        ISSUE,
        { input: { amount: 0, currency: 'EUR', count: 0, expiresAt: '2001-01-01T00:00:00Z' } },
        staff(tenant),
      )
    ).data?.giftCardIssue;
    expect(bad.errors.map((error: { code: string; field: string[] }) => [error.code, error.field.at(-1)])).toEqual([
      ['INVALID_AMOUNT', 'amount'],
      ['INVALID_INPUT', 'count'],
      ['INVALID_INPUT', 'expiresAt'],
    ]);
    const currency = (await h.call(ISSUE, { input: { amount: 100, currency: 'EURO' } }, staff(tenant))).data
      ?.giftCardIssue;
    expect(currency.errors[0]).toMatchObject({ code: 'INVALID_CURRENCY', field: ['input', 'currency'] });
    const stranger = (
      await h.call(
        ISSUE,
        { input: { amount: 100, currency: 'EUR', customerId: encodeCustomer(randomUUID()) } },
        staff(tenant),
      )
    ).data?.giftCardIssue;
    expect(stranger.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'customerId'] });
    await issue(tenant, { amount: 100, code: 'xmas-2026-aunt' });
    const taken = (
      await h.call(ISSUE, { input: { amount: 100, currency: 'EUR', code: 'XMAS2026AUNT' } }, staff(tenant))
    ).data?.giftCardIssue;
    expect(taken.errors[0]).toMatchObject({ code: 'DUPLICATE_CODE', field: ['input', 'code'] });
    const after = await h.adminQuery('select 1 from orders.gift_cards where tenant_id = $1', [tenant]);
    expect(after.length).toBe(before.length + 1);
  });

  it('adjusts with a note, never below zero; disables; unknown ids are NOT_FOUND', async () => {
    const { card } = await issue(tenant, { amount: 1000 });
    const down = (
      await h.call(ADJUST, { input: { id: card.id, amount: -300, note: 'Partly used in store' } }, staff(tenant))
    ).data?.giftCardAdjust;
    expect(down).toEqual({ giftCard: { balance: { amount: 700 }, version: 2 }, errors: [] });
    const below = (await h.call(ADJUST, { input: { id: card.id, amount: -701, note: 'Too much' } }, staff(tenant))).data
      ?.giftCardAdjust;
    expect(below.errors[0]).toMatchObject({ code: 'INVALID_AMOUNT', field: ['input', 'amount'] });
    const stale = (await h.call(ADJUST, { input: { id: card.id, amount: 5, note: 'x', version: 1 } }, staff(tenant)))
      .data?.giftCardAdjust;
    expect(stale.errors[0]?.code).toBe('CONFLICT');
    const zero = (await h.call(ADJUST, { input: { id: card.id, amount: 0, note: 'nothing' } }, staff(tenant))).data
      ?.giftCardAdjust;
    expect(zero.errors[0]).toMatchObject({ code: 'INVALID_AMOUNT', field: ['input', 'amount'] });
    // a blank note is refused at the schema edge, before the store
    const blank = (await h.call(ADJUST, { input: { id: card.id, amount: 5, note: ' ' } }, staff(tenant))).data
      ?.giftCardAdjust;
    expect(blank.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'note'] });
    const ledger = (await h.call(CARD, { id: card.id }, staff(tenant))).data?.giftCard.transactions;
    expect(ledger.map((row: { kind: string; amount: { amount: number } }) => [row.kind, row.amount.amount])).toEqual([
      ['ISSUE', 1000],
      ['ADJUSTMENT', -300],
    ]);
    expect((await h.call(DISABLE, { id: card.id }, staff(tenant))).data?.giftCardDisable).toEqual({
      giftCard: { status: 'DISABLED', state: 'DISABLED' },
      errors: [],
    });
    const missing = encodeGiftCard(randomUUID());
    expect((await h.call(DISABLE, { id: missing }, staff(tenant))).data?.giftCardDisable.errors[0]?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('lists by status, last 4 and customer', async () => {
    const shop = randomUUID();
    const buyer = randomUUID();
    await cartWith(h, customer(shop, buyer), [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const mine = await issue(shop, { amount: 100, customerId: encodeCustomer(buyer) });
    const other = await issue(shop, { amount: 200 });
    await h.call(DISABLE, { id: other.card.id }, staff(shop));
    const list = async (args: string) =>
      (
        await h.call(
          `{ giftCards(first: 10${args}) { totalCount edges { node { id customer { id } } } } }`,
          {},
          staff(shop),
        )
      ).data?.giftCards;
    expect((await list('')).totalCount).toBe(2);
    expect((await list(', status: ACTIVE')).edges.map((edge: any) => edge.node.id)).toEqual([mine.card.id]);
    expect((await list(`, last4: "${other.card.last4.toLowerCase()}"`)).edges[0].node.id).toBe(other.card.id);
    const byCustomer = await list(`, customerId: "${encodeCustomer(buyer)}"`);
    expect(byCustomer.edges).toEqual([{ node: { id: mine.card.id, customer: { id: encodeCustomer(buyer) } } }]);
  });

  it('needs orders:manage to issue and orders:read to read; another shop sees, applies and adjusts nothing', async () => {
    const { card, code } = await issue(tenant, { amount: 1000 });
    const forbidden = await h.call(ISSUE, { input: { amount: 1, currency: 'EUR' } }, storefront(tenant));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reader = await h.call(ISSUE, { input: { amount: 1, currency: 'EUR' } }, staff(tenant, ['orders:read']));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.call(CARD, { id: card.id }, storefront(tenant))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = randomUUID();
    expect((await h.call(CARD, { id: card.id }, staff(other))).data?.giftCard).toBeNull();
    expect((await h.call(`{ giftCards(first: 5) { totalCount } }`, {}, staff(other))).data?.giftCards.totalCount).toBe(
      0,
    );
    const adjusted = await h.call(ADJUST, { input: { id: card.id, amount: 100, note: 'x' } }, staff(other));
    expect(adjusted.data?.giftCardAdjust.errors[0]?.code).toBe('NOT_FOUND');
    expect((await h.call(DISABLE, { id: card.id }, staff(other))).data?.giftCardDisable.errors[0]?.code).toBe(
      'NOT_FOUND',
    );
    const foreignCart = await cartWith(h, storefront(other), [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    expect((await apply(storefront(other), foreignCart.id, code))?.errors[0]?.code).toBe('GIFT_CARD_INVALID');
    expect(await balanceOf(tenant, card.id)).toBe(1000);
  });
});

const encodeGiftCard = (id: string) => Buffer.from(`GiftCard:${id}`).toString('base64url');
const encodeCustomer = (id: string) => Buffer.from(`Customer:${id}`).toString('base64url');

describe('on the cart', () => {
  const tenant = randomUUID();

  it('applies a code however it is typed and shows what it pays and what is left; removes it', async () => {
    const { card, code } = await issue(tenant, { amount: 1000 });
    const shopper = storefront(tenant);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const applied = await apply(shopper, cart.id, ` ${code.toLowerCase().replaceAll('-', ' ')} `);
    expect(applied?.errors).toEqual([]);
    expect(applied?.cart).toMatchObject({
      total: { amount: MUG_ORDER },
      giftCard: { last4: card.last4, balance: { amount: 1000 } },
      giftCardAmount: { amount: 1000 },
      amountToPay: { amount: MUG_ORDER - 1000 },
      giftCardProblem: null,
    });
    const removed = (await h.call(REMOVE, { input: { cartId: cart.id } }, shopper)).data?.cartRemoveGiftCard;
    expect(removed).toEqual({
      cart: { giftCard: null, giftCardAmount: { amount: 0 }, amountToPay: { amount: MUG_ORDER } },
      errors: [],
    });
    // a card worth more than the cart pays the total and keeps the rest
    const { code: big } = await issue(tenant, { amount: 10_000 });
    const covered = await apply(shopper, cart.id, big);
    expect(covered?.cart).toMatchObject({ giftCardAmount: { amount: MUG_ORDER }, amountToPay: { amount: 0 } });
  });

  it('refuses unknown, disabled, expired, other-currency and empty cards with their own codes; the cart is unchanged', async () => {
    const shopper = storefront(tenant);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const disabled = await issue(tenant, { amount: 500 });
    await h.call(DISABLE, { id: disabled.card.id }, staff(tenant));
    const expired = await issue(tenant, { amount: 500 });
    await h.adminQuery(`update orders.gift_cards set expires_at = now() - interval '1 day' where id = $1`, [
      localId(expired.card.id),
    ]);
    const dollars = await issue(tenant, { amount: 500, currency: 'USD' });
    const empty = await issue(tenant, { amount: 500 });
    await h.call(ADJUST, { input: { id: empty.card.id, amount: -500, note: 'spent in store' } }, staff(tenant));
    const refusals = [
      ['ABCD-EFGH-JKMN-PQRS', 'GIFT_CARD_INVALID'],
      ['no', 'GIFT_CARD_INVALID'],
      [disabled.code, 'GIFT_CARD_INVALID'],
      [expired.code, 'GIFT_CARD_EXPIRED'],
      [dollars.code, 'GIFT_CARD_CURRENCY_MISMATCH'],
      [empty.code, 'GIFT_CARD_EMPTY'],
    ];
    for (const [code, expected] of refusals) {
      const answer = await apply(shopper, cart.id, code!);
      expect(answer?.errors[0], code).toMatchObject({ code: expected, field: ['input', 'code'] });
    }
    // an unknown and a disabled code read the same: nothing tells which codes exist
    const unknown = await apply(shopper, cart.id, 'ABCD-EFGH-JKMN-PQRS');
    const off = await apply(shopper, cart.id, disabled.code);
    expect(off?.errors[0]?.message).toBe(unknown?.errors[0]?.message);
    const read = await h.call(
      `query ($id: ID!) { cart(id: $id) { version giftCard { last4 } } }`,
      { id: cart.id },
      shopper,
    );
    expect(read.data?.cart).toEqual({ version: cart.version, giftCard: null });
  });
});

describe('paying at checkout', () => {
  const tenant = randomUUID();

  it('pays part of the order; the provider is charged the rest; the ledger names the order; the event carries it', async () => {
    const { card, code } = await issue(tenant, { amount: 1000 });
    const { cart, auth } = await mugCartWithCard(tenant, code);
    const authorisations = h.payments.calls.authorize;
    const placed = (await h.checkout(cart.id, auth)).data?.checkoutComplete;
    expect(placed.errors).toEqual([]);
    expect(h.payments.calls.authorize).toBe(authorisations + 1);
    const order = (await h.call(PLACED, { id: placed.order.id }, staff(tenant))).data?.order;
    expect(order).toEqual({
      status: 'CREATED',
      paymentStatus: 'AUTHORIZED',
      total: { amount: MUG_ORDER },
      giftCardAmount: { amount: 1000 },
      paymentAmount: { amount: MUG_ORDER - 1000 },
      giftCard: { last4: card.last4 },
    });
    const read = (await h.call(CARD, { id: card.id }, staff(tenant))).data?.giftCard;
    expect(read.balance.amount).toBe(0);
    expect(read.state).toBe('EMPTY');
    expect(read.transactions.at(-1)).toMatchObject({
      kind: 'REDEMPTION',
      amount: { amount: -1000 },
      balanceAfter: { amount: 0 },
      order: { id: placed.order.id },
    });
    const [event] = await h.adminQuery<{ payload: Record<string, unknown> }>(
      `select payload from orders.outbox where tenant_id = $1 and type = 'orders.order.created' and aggregate_id = $2`,
      [tenant, localId(placed.order.id)],
    );
    expect(event?.payload).toMatchObject({
      totalAmount: MUG_ORDER,
      giftCardAmount: 1000,
      giftCardId: localId(card.id),
    });
  });

  it('a card that covers the total needs no provider; capture and cancel ask none; cancel gives it back', async () => {
    const { card, code } = await issue(tenant, { amount: 5000 });
    const { cart, auth } = await mugCartWithCard(tenant, code);
    const before = { ...h.payments.calls };
    const placed = (await h.checkout(cart.id, auth)).data?.checkoutComplete;
    expect(placed.errors).toEqual([]);
    const order = (await h.call(PLACED, { id: placed.order.id }, staff(tenant))).data?.order;
    expect(order).toMatchObject({ giftCardAmount: { amount: MUG_ORDER }, paymentAmount: { amount: 0 } });
    expect(await balanceOf(tenant, card.id)).toBe(5000 - MUG_ORDER);
    const capture = await h.call(
      `mutation ($id: ID!) { orderPaymentCapture(input: { orderId: $id }) { order { paymentStatus } errors { code message } } }`,
      { id: placed.order.id },
      staff(tenant),
    );
    expect(capture.data?.orderPaymentCapture).toEqual({ order: { paymentStatus: 'CAPTURED' }, errors: [] });
    const cancel = await h.call(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { order { status paymentStatus } errors { code } } }`,
      { id: placed.order.id },
      staff(tenant),
    );
    expect(cancel.data?.orderCancel).toEqual({ order: { status: 'CANCELLED', paymentStatus: 'REFUNDED' }, errors: [] });
    expect(h.payments.calls).toEqual(before);
    expect(await balanceOf(tenant, card.id)).toBe(5000);
    const again = await h.call(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }`,
      { id: placed.order.id },
      staff(tenant),
    );
    expect(again.data?.orderCancel.errors[0]?.code).toBe('INVALID_TRANSITION');
    const ledger = (await h.call(CARD, { id: card.id }, staff(tenant))).data?.giftCard.transactions;
    expect(ledger.map((row: { kind: string; amount: { amount: number } }) => [row.kind, row.amount.amount])).toEqual([
      ['ISSUE', 5000],
      ['REDEMPTION', -MUG_ORDER],
      ['REFUND', MUG_ORDER],
    ]);
  });

  it('a declined rest leaves the card untouched; a replay of the key answers the same', async () => {
    const { card, code } = await issue(tenant, { amount: 1000 });
    const { cart, auth } = await mugCartWithCard(tenant, code);
    const input = checkoutInput(cart.id, { payment: { provider: 'test', token: 'tok_decline' } });
    const declined = (await h.call(CHECKOUT, { input }, auth)).data?.checkoutComplete;
    expect(declined.errors[0]?.code).toBe('PAYMENT_DECLINED');
    expect(await balanceOf(tenant, card.id)).toBe(1000);
    expect((await h.call(CARD, { id: card.id }, staff(tenant))).data?.giftCard.transactions).toHaveLength(1);
    expect((await h.call(CHECKOUT, { input }, auth)).data?.checkoutComplete.errors[0]?.code).toBe('PAYMENT_DECLINED');
    // the same cart, another key and a good card: the card pays its part
    const paid = (await h.checkout(cart.id, auth)).data?.checkoutComplete;
    expect(paid.errors).toEqual([]);
    expect(await balanceOf(tenant, card.id)).toBe(0);
  });

  it('a card disabled after it was applied is refused at checkout and taken off the cart; nothing is placed', async () => {
    const { card, code } = await issue(tenant, { amount: 1000 });
    const { cart, auth } = await mugCartWithCard(tenant, code);
    await h.call(DISABLE, { id: card.id }, staff(tenant));
    const refused = (await h.checkout(cart.id, auth)).data?.checkoutComplete;
    expect(refused.errors[0]).toMatchObject({ code: 'GIFT_CARD_INVALID', field: ['input', 'cartId', 'giftCard'] });
    const read = await h.call(
      `query ($id: ID!) { cart(id: $id) { status giftCard { last4 } } }`,
      { id: cart.id },
      auth,
    );
    expect(read.data?.cart).toEqual({ status: 'OPEN', giftCard: null });
  });

  it('an edit that lowers the total below what the card paid gives the difference back', async () => {
    const { card, code } = await issue(tenant, { amount: 10_000 });
    const shopper = storefront(tenant);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 3 }]);
    await apply(shopper, cart.id, code);
    const placed = (await h.checkout(cart.id, shopper)).data?.checkoutComplete;
    expect(placed.errors).toEqual([]);
    expect(await balanceOf(tenant, card.id)).toBe(10_000 - (3 * 1250 + 499));
    const edited = await h.call(
      `mutation ($input: OrderLineUpdateInput!) { orderLineUpdate(input: $input) { order { total { amount } giftCardAmount { amount } paymentAmount { amount } } errors { code message } } }`,
      { input: { orderId: placed.order.id, variantId: vid(VARIANTS.mug), quantity: 1 } },
      staff(tenant),
    );
    expect(edited.data?.orderLineUpdate).toEqual({
      order: { total: { amount: MUG_ORDER }, giftCardAmount: { amount: MUG_ORDER }, paymentAmount: { amount: 0 } },
      errors: [],
    });
    expect(await balanceOf(tenant, card.id)).toBe(10_000 - MUG_ORDER);
  });

  it('a refunded return goes to the provider up to what it was charged, the rest back to the card, once', async () => {
    const { card, code } = await issue(tenant, { amount: 1000 });
    const { cart, auth } = await mugCartWithCard(tenant, code);
    const placed = (await h.checkout(cart.id, auth)).data?.checkoutComplete;
    const staffMove = (name: string) =>
      h.call(
        `mutation ($id: ID!) { ${name}(input: { orderId: $id }) { errors { code } } }`,
        { id: placed.order.id },
        staff(tenant),
      );
    await staffMove('orderConfirm');
    await staffMove('orderPaymentCapture');
    const returnId = randomUUID();
    const refunded = createEnvelope({
      type: 'fulfillment.return.refunded',
      tenantId: tenant,
      aggregateType: 'Return',
      aggregateId: returnId,
      payload: {
        returnId,
        orderId: localId(placed.order.id),
        status: 'refunded',
        refundAmount: MUG_ORDER,
        currency: 'EUR',
        lines: [],
      },
    });
    await h.bus.publish(refunded);
    await h.bus.publish(refunded);
    await waitFor(async () => (await balanceOf(tenant, card.id)) === 1000);
    expect(h.payments.refunds.get(`return:${returnId}`)).toBe(MUG_ORDER - 1000);
    const ledger = (await h.call(CARD, { id: card.id }, staff(tenant))).data?.giftCard.transactions;
    expect(ledger.map((row: { kind: string; amount: { amount: number } }) => [row.kind, row.amount.amount])).toEqual([
      ['ISSUE', 1000],
      ['REDEMPTION', -1000],
      ['REFUND', 1000],
    ]);
  });

  it('50 concurrent checkouts with one card worth 10 orders: exactly 10 paid by it, never below zero, every debit in the ledger', async () => {
    const shop = randomUUID();
    const { card, code } = await issue(shop, { amount: 10 * MUG_ORDER });
    const shopper = storefront(shop);
    const carts = await Promise.all(
      Array.from({ length: 50 }, async () => (await mugCartWithCard(shop, code, shopper)).cart),
    );
    const results = await Promise.all(carts.map((cart) => h.checkout(cart.id, shopper)));
    const won = results.filter((result) => result.data?.checkoutComplete.order);
    const lost = results.filter((result) => !result.data?.checkoutComplete.order);
    expect(won).toHaveLength(10);
    expect(new Set(lost.map((result) => result.data?.checkoutComplete.errors[0]?.code))).toEqual(
      new Set(['GIFT_CARD_EMPTY']),
    );
    const [row] = await h.adminQuery<{ balance: string }>('select balance from orders.gift_cards where id = $1', [
      localId(card.id),
    ]);
    expect(Number(row?.balance)).toBe(0);
    const debits = await h.adminQuery<{ order_id: string; amount: string; balance_after: string }>(
      `select order_id, amount, balance_after from orders.gift_card_transactions
        where tenant_id = $1 and kind = 'redemption' order by created_at`,
      [shop],
    );
    expect(debits).toHaveLength(10);
    expect(debits.every((debit) => Number(debit.amount) === -MUG_ORDER && Number(debit.balance_after) >= 0)).toBe(true);
    const orders = await h.adminQuery<{ id: string; gift_card_amount: string }>(
      'select id, gift_card_amount from orders.orders where tenant_id = $1',
      [shop],
    );
    expect(orders).toHaveLength(10);
    expect(new Set(orders.map((order) => order.id))).toEqual(new Set(debits.map((debit) => debit.order_id)));
    expect(orders.every((order) => Number(order.gift_card_amount) === MUG_ORDER)).toBe(true);
    // the losers' carts dropped the card and check out through the provider alone
    const loser = carts[results.indexOf(lost[0]!)]!;
    const again = (await h.checkout(loser.id, shopper)).data?.checkoutComplete;
    expect(again.order.total.amount).toBe(MUG_ORDER);
  }, 120_000);
});
