import {
  badUserInput,
  byKeys,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  groupedByKeys,
  localUuid,
  pageOf,
  payloadType,
  rules,
  TextCap,
  toPayload,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import type { OrdersContext } from '../context.ts';
import { customerIdOf, isStaff, ownCustomerId, ownerUnlessStaff } from '../data/access.ts';
import type { OrdersResult } from '../data/errors.ts';
import { actorOf } from '../data/machines.ts';
import { changeSubscription, methodsFor } from '../data/subscription-changes.ts';
import { changeSubscriptionPaymentMethod } from '../data/subscription-payment-method.ts';
import {
  actOnSubscription,
  availableSubscriptionActions,
  INTERVAL_UNITS,
  listPlans,
  listSubscriptions,
  plansByIds,
  plansOfVariants,
  type RenewalRow,
  renewalsOf,
  type SubscriptionAction,
  type SubscriptionPlanRow,
  type SubscriptionRow,
  type SubscriptionStatus,
  type SubscriptionTransitionRow,
  setSubscriptionPlan,
  subscriptionsByIds,
  subscriptionTransitionsOf,
} from '../data/subscriptions.ts';
import type { ShippingQuote } from '../ports/calculators.ts';
import { CartLineRef } from './cart.ts';
import { PaymentInput } from './checkout.ts';
import {
  AddressInput,
  AddressRef,
  addressRule,
  MANAGE,
  ProductVariantRef,
  READ,
  type RecordMutation,
  recordMutations,
  variantReference,
} from './common.ts';
import { CustomerRef } from './customer.ts';
import { customerLoader, dbOf, orderLoader, shopShippingLoader } from './loaders.ts';
import { OrderRef } from './order.ts';

// --- loaders (one statement per page of subscriptions) ----------------------------------------------

const planLoader = (context: OrdersContext) =>
  context.loaders.get<string, SubscriptionPlanRow | null>('subscriptionPlan', async (ids) => {
    const rows = await dbOf(context).run((sql) => plansByIds(sql, ids));
    return byKeys(ids, rows, (row) => row.id);
  });

const activePlanOfVariantLoader = (context: OrdersContext) =>
  context.loaders.get<string, SubscriptionPlanRow | null>('activeSubscriptionPlanOfVariant', async (variantIds) => {
    const rows = await dbOf(context).run((sql) => plansOfVariants(sql, variantIds, true));
    return byKeys(variantIds, rows, (row) => row.variantId);
  });

const subscriptionLoader = (context: OrdersContext) =>
  context.loaders.get<string, SubscriptionRow | null>('subscription', async (ids) => {
    const rows = await dbOf(context).run((sql) => subscriptionsByIds(sql, ids));
    return byKeys(ids, rows, (row) => row.id);
  });

const renewalsLoader = (context: OrdersContext) =>
  context.loaders.get<string, RenewalRow[]>('subscriptionRenewals', async (ids) => {
    const rows = await dbOf(context).run((sql) => renewalsOf(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.subscriptionId);
  });

const historyLoader = (context: OrdersContext) =>
  context.loaders.get<string, SubscriptionTransitionRow[]>('subscriptionHistory', async (ids) => {
    const rows = await dbOf(context).run((sql) => subscriptionTransitionsOf(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.subscriptionId);
  });

/** Staff with orders:read see every subscription of the shop; a shopper only their own. */
function canSee(context: OrdersContext, subscription: SubscriptionRow | null): subscription is SubscriptionRow {
  if (!subscription) return false;
  if (isStaff(context.auth, 'orders:read')) return true;
  return customerIdOf(context.auth) === subscription.customerId;
}

// --- plans ------------------------------------------------------------------------------------------

const IntervalUnitEnum = builder.enumType('SubscriptionIntervalUnit', {
  values: Object.fromEntries(INTERVAL_UNITS.map((unit) => [unit.toUpperCase(), { value: unit }])) as {
    DAY: { value: 'day' };
    WEEK: { value: 'week' };
    MONTH: { value: 'month' };
    YEAR: { value: 'year' };
  },
});

export const SubscriptionPlanRef = builder.objectRef<SubscriptionPlanRow>('SubscriptionPlan').implement({
  description:
    'A variant sold by subscription: renewed every `intervalCount` `intervalUnit`s, the first renewal after `trialDays` (0: one interval)',
  fields: (t) => ({
    id: t.id({ resolve: (plan) => encodeGlobalId('SubscriptionPlan', plan.id) }),
    variant: t.field({ type: ProductVariantRef, resolve: (plan) => variantReference(plan.variantId) }),
    name: t.exposeString('name'),
    intervalUnit: t.field({ type: IntervalUnitEnum, resolve: (plan) => plan.intervalUnit }),
    intervalCount: t.exposeInt('intervalCount'),
    trialDays: t.exposeInt('trialDays'),
    active: t.exposeBoolean('active', {
      description: 'An inactive plan subscribes nobody new; its variant sells once',
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const SubscriptionPlanConnection = connectionType(builder, 'SubscriptionPlan', SubscriptionPlanRef);

builder.queryField('subscriptionPlans', (t) =>
  t.connection(
    {
      type: SubscriptionPlanRef,
      authScopes: READ,
      resolve: (_root, args, context) => listPlans(dbOf(context), pageOf(args, CURSOR_KEYS.id)),
    },
    SubscriptionPlanConnection,
  ),
);

builder.objectField(CartLineRef, 'subscriptionPlan', (t) =>
  t.field({
    type: SubscriptionPlanRef,
    nullable: true,
    description:
      "The active plan checkout subscribes this line's buyer to (a trial's line costs nothing now); null: it sells once",
    resolve: (line, _args, context) => activePlanOfVariantLoader(context).load(line.variantId),
  }),
);

builder.queryField('subscriptionPlansOfVariants', (t) =>
  t.field({
    type: [SubscriptionPlanRef],
    description:
      'The active plans of these variants (a product page shows the subscription option); a variant without one sells once',
    authScopes: { $any: { scope: 'catalog:browse', kind: 'customer', $any: READ } },
    args: { variantIds: t.arg.idList({ required: true }) },
    resolve: (_root, { variantIds }, context) => {
      if (variantIds.length > 100) throw badUserInput('At most 100 variant ids', ['variantIds']);
      return dbOf(context).run((sql) =>
        plansOfVariants(
          sql,
          variantIds.map((id, index) => localUuid(id, 'ProductVariant', ['variantIds', String(index)])),
          true,
        ),
      );
    },
  }),
);

const SubscriptionPlanSetInput = builder.inputType('SubscriptionPlanSetInput', {
  fields: (t) => ({
    variantId: t.id({ required: true, description: 'The catalog variant sold by this plan (one plan per variant)' }),
    name: t.string({ required: true, validate: rules.text({ max: 120 }) }),
    intervalUnit: t.field({ type: IntervalUnitEnum, required: true }),
    intervalCount: t.int({ required: true, description: '1 to 365' }),
    trialDays: t.int({ description: 'Days before the first renewal (0 to 365); default 0: one interval' }),
    active: t.boolean({ description: 'Default true; false stops new subscriptions (existing ones keep renewing)' }),
  }),
});

const SubscriptionPlanSetPayload = payloadType(builder, 'SubscriptionPlanSet', {
  codes: ['INVALID_INPUT'],
  field: 'plan',
  type: SubscriptionPlanRef,
});

builder.mutationField('subscriptionPlanSet', (t) =>
  t.field({
    type: SubscriptionPlanSetPayload,
    description:
      'Sells a variant by subscription, or changes its plan: a change applies to new subscriptions (each keeps the interval it was sold with)',
    authScopes: MANAGE,
    args: { input: t.arg({ type: SubscriptionPlanSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await setSubscriptionPlan(dbOf(context), {
        ...input,
        variantId: localUuid(input.variantId, 'ProductVariant', ['input', 'variantId']),
      });
      if (result.ok) context.auditTargets.set(context.requestId, { type: 'SubscriptionPlan', id: result.value.id });
      return toPayload(result, (plan) => ({ plan }));
    },
  }),
);

// --- subscriptions ----------------------------------------------------------------------------------

const SubscriptionStatusEnum = builder.enumType('SubscriptionStatus', {
  values: {
    TRIALING: { value: 'trialing', description: 'Before its first renewal, within the trial days' },
    ACTIVE: { value: 'active' },
    PAUSED: { value: 'paused', description: 'Not renewing until resumed' },
    PAST_DUE: { value: 'past_due', description: 'A renewal charge failed; retried on the dunning schedule' },
    CANCELLED: { value: 'cancelled' },
  } as const,
});

const SubscriptionActionEnum = builder.enumType('SubscriptionAction', {
  description: 'Each the mutation of that name',
  values: {
    PAUSE: { value: 'pause' },
    RESUME: { value: 'resume' },
    SKIP_NEXT: { value: 'skip_next' },
    CANCEL: { value: 'cancel' },
  } as const,
});

const RenewalStatusEnum = builder.enumType('SubscriptionRenewalStatus', {
  values: {
    PAID: { value: 'paid', description: 'Its order was placed and authorised' },
    SKIPPED: { value: 'skipped' },
    FAILED: { value: 'failed', description: 'Its charge failed (so far): see attempts and lastError' },
    AWAITING_STOCK: {
      value: 'awaiting_stock',
      description: 'Too little stock to reserve it: nothing was charged, it is tried again (see lastError)',
    },
  } as const,
});

const RenewalRef = builder.objectRef<RenewalRow>('SubscriptionRenewal').implement({
  description: 'One period of a subscription after the first: billed (its order), skipped or failed',
  fields: (t) => ({
    period: t.exposeInt('period'),
    status: t.field({ type: RenewalStatusEnum, resolve: (row) => row.status }),
    order: t.field({
      type: OrderRef,
      nullable: true,
      resolve: (row, _args, context) => (row.orderId ? orderLoader(context).load(row.orderId) : null),
    }),
    attempts: t.exposeInt('attempts', { description: 'Charges tried for this period' }),
    lastError: t.exposeString('lastError', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const SubscriptionTransitionRef = builder.objectRef<SubscriptionTransitionRow>('SubscriptionTransition').implement({
  description: 'One move of the subscription: from, to, who, why, when',
  fields: (t) => ({
    from: t.field({ type: SubscriptionStatusEnum, nullable: true, resolve: (row) => row.fromState }),
    to: t.field({ type: SubscriptionStatusEnum, resolve: (row) => row.toState }),
    actorKind: t.exposeString('actorKind'),
    actorId: t.exposeString('actorId', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

const SubscriptionShippingMethodRef = builder.objectRef<ShippingQuote>('SubscriptionShippingMethod').implement({
  description: "A method a subscription's renewals may ship with (priced by each renewal's checkout)",
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    estimatedDaysMin: t.exposeInt('estimatedDaysMin'),
    estimatedDaysMax: t.exposeInt('estimatedDaysMax'),
  }),
});

/**
 * The GraphQL type (and global id) name of a shopper's subscription. Not `Subscription`: a type of
 * that name is the schema's subscription root by convention (composition made it one), which no
 * entity, and so no `node(id:)`, can be.
 */
export const SUBSCRIPTION_TYPE = 'CustomerSubscription';

export const SubscriptionRef = builder.objectRef<SubscriptionRow>(SUBSCRIPTION_TYPE).implement({
  description:
    "A shopper's subscription: its variant renews as a normal order every interval, paid with the payment method saved at checkout",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId(SUBSCRIPTION_TYPE, row.id) }),
    status: t.field({ type: SubscriptionStatusEnum, resolve: (row) => row.status }),
    plan: t.field({
      type: SubscriptionPlanRef,
      resolve: async (row, _args, context) => (await planLoader(context).load(row.planId))!,
    }),
    variant: t.field({ type: ProductVariantRef, resolve: (row) => variantReference(row.variantId) }),
    quantity: t.exposeInt('quantity'),
    currency: t.exposeString('currency'),
    intervalUnit: t.field({ type: IntervalUnitEnum, resolve: (row) => row.intervalUnit }),
    intervalCount: t.exposeInt('intervalCount'),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      authScopes: READ,
      description: 'Staff only',
      resolve: (row, _args, context) => customerLoader(context).load(row.customerId),
    }),
    email: t.exposeString('email'),
    shippingAddress: t.field({ type: AddressRef, resolve: (row) => row.shippingAddress }),
    shippingMethodCode: t.exposeString('shippingMethodCode', { nullable: true }),
    shippingMethods: t.field({
      type: [SubscriptionShippingMethodRef],
      description:
        "The methods offered for deliveries to `country` (default: its shipping address's) in its currency, cheapest first: what subscriptionChange accepts",
      args: { country: t.arg.string({ description: 'ISO 3166 alpha-2 of the destination' }) },
      resolve: async (row, args, context) =>
        methodsFor(
          context.deps,
          dbOf(context).tenantId,
          await shopShippingLoader(context).load('shop'),
          row,
          row.quantity,
          (args.country ?? row.shippingAddress.country).toUpperCase(),
        ),
    }),
    paymentProvider: t.exposeString('paymentProvider', {
      description: 'The provider holding the saved payment method (the method itself is never answered)',
    }),
    period: t.exposeInt('period', { description: 'The next period to bill (the checkout order was period 1)' }),
    nextRenewalAt: t.expose('nextRenewalAt', { type: 'DateTime', description: 'When the next period is due' }),
    failedAttempts: t.exposeInt('failedAttempts', { description: "Failed charges of the current period's renewal" }),
    stockWaits: t.exposeInt('stockWaits', {
      description: "How often the current period's renewal found too little stock and waits (nothing charged)",
    }),
    retryAt: t.expose('retryAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The next retry of a failed renewal (dunning)',
    }),
    originOrder: t.field({
      type: OrderRef,
      nullable: true,
      description: 'The checkout order that started it',
      resolve: (row, _args, context) => orderLoader(context).load(row.originOrderId),
    }),
    renewals: t.field({
      type: [RenewalRef],
      description: 'Its periods after the first, newest first',
      resolve: (row, _args, context) => renewalsLoader(context).load(row.id),
    }),
    history: t.field({
      type: [SubscriptionTransitionRef],
      resolve: (row, _args, context) => historyLoader(context).load(row.id),
    }),
    availableActions: t.field({
      type: [SubscriptionActionEnum],
      description: 'What the caller may do now (the state machine; staff need orders:manage, a shopper their own)',
      resolve: (row, _args, context) =>
        isStaff(context.auth) || customerIdOf(context.auth) === row.customerId
          ? availableSubscriptionActions(row.status)
          : [],
    }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const SubscriptionConnection = connectionType(builder, SUBSCRIPTION_TYPE, SubscriptionRef);

builder.queryField('subscriptions', (t) =>
  t.connection(
    {
      type: SubscriptionRef,
      authScopes: READ,
      args: {
        status: t.arg({ type: SubscriptionStatusEnum }),
        customerId: t.arg.id({ description: "Only this customer's" }),
      },
      resolve: (_root, args, context) =>
        listSubscriptions(dbOf(context), pageOf(args, CURSOR_KEYS.id), {
          status: (args.status as SubscriptionStatus | null | undefined) ?? null,
          customerId: args.customerId ? localUuid(args.customerId, 'Customer', ['customerId']) : null,
        }),
    },
    SubscriptionConnection,
  ),
);

builder.queryField('mySubscriptions', (t) =>
  t.connection(
    {
      type: SubscriptionRef,
      authScopes: { kind: 'customer' },
      resolve: (_root, args, context) =>
        listSubscriptions(dbOf(context), pageOf(args, CURSOR_KEYS.id), {
          status: null,
          customerId: ownCustomerId(context.auth),
        }),
    },
    SubscriptionConnection,
  ),
);

/** The subscription if the caller may see it (staff, or its own shopper), else null: `subscription(id)` and `node(id:)`. */
export async function visibleSubscription(id: string, context: OrdersContext): Promise<SubscriptionRow | null> {
  const row = await subscriptionLoader(context).load(id);
  return canSee(context, row) ? row : null;
}

builder.queryField('subscription', (t) =>
  t.field({
    type: SubscriptionRef,
    nullable: true,
    description: 'Staff see any subscription of the shop; a shopper only their own (another is null)',
    authScopes: { $any: { scope: 'orders:read', kind: 'customer' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => visibleSubscription(localUuid(id, SUBSCRIPTION_TYPE, ['id']), context),
  }),
);

const SubscriptionActionInput = builder.inputType('SubscriptionActionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    reason: t.string({ validate: rules.text({ max: TextCap.note, required: false }) }),
  }),
});

/**
 * The mutations staff, or the subscription's own shopper, make on one subscription: the id decoded,
 * the owner the data layer checks, the audit trail pointed at the subscription, `{ subscription }`.
 */
function subscriptionMutation<Input extends { id: string }>(
  field: string,
  spec: Omit<RecordMutation<Input, SubscriptionRow>, 'run'> & {
    run(context: OrdersContext, owner: string | null, input: Input): Promise<OrdersResult<SubscriptionRow>>;
  },
) {
  recordMutations({
    field: 'subscription',
    type: SubscriptionRef,
    authScopes: { $any: { scope: 'orders:manage', kind: 'customer' } },
  })(field, {
    ...spec,
    run: async (context, input) => {
      // staff act on any subscription of the shop; a shopper on their own (another's is NOT_FOUND)
      const result = await spec.run(context, ownerUnlessStaff(context.auth), {
        ...input,
        id: localUuid(input.id, SUBSCRIPTION_TYPE, ['input', 'id']),
      });
      if (result.ok) context.auditTargets.set(context.requestId, { type: SUBSCRIPTION_TYPE, id: result.value.id });
      return result;
    },
  });
}

const actionMutation = (field: string, action: SubscriptionAction, description: string) =>
  subscriptionMutation(field, {
    input: SubscriptionActionInput,
    codes: ['CONFLICT', 'INVALID_INPUT', 'INVALID_TRANSITION', 'NOT_FOUND'],
    description,
    run: (context, owner, input) => actOnSubscription(dbOf(context), actorOf(context.auth), owner, action, input),
  });

actionMutation('subscriptionPause', 'pause', 'Stops renewals until resumed (trialing or active)');
actionMutation(
  'subscriptionResume',
  'resume',
  'Renews again: a renewal missed while paused is due at once (paused only)',
);
actionMutation(
  'subscriptionSkipNext',
  'skip_next',
  'Skips the next period: no order for it, the renewal after it one interval later (trialing or active)',
);
actionMutation('subscriptionCancel', 'cancel', 'Ends it: no more renewals (any but cancelled)');

// --- changes (effective from the next renewal) -------------------------------------------------------

const SubscriptionChangeInput = builder.inputType('SubscriptionChangeInput', {
  description: 'What the next renewals order; an absent field keeps its value',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    quantity: t.int({ description: '1 to 10,000' }),
    shippingAddress: t.field({ type: AddressInput, validate: addressRule }),
    shippingMethod: t.string({
      description: "A method code the address's shipping zone offers in the subscription's currency",
      validate: rules.text({ max: 40, required: false }),
    }),
  }),
});

subscriptionMutation('subscriptionChange', {
  input: SubscriptionChangeInput,
  codes: [
    'CONFLICT',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'INVALID_STREET',
    'INVALID_POSTAL_CODE',
    'INVALID_PHONE',
    'INVALID_TRANSITION',
    'NOT_FOUND',
    'SHIPPING_METHOD_UNAVAILABLE',
  ],
  description:
    'Changes the quantity, shipping address or shipping method of a subscription from its next renewal on (staff, or its own shopper; not a cancelled one)',
  run: (context, owner, input) => changeSubscription(dbOf(context), context.deps, actorOf(context.auth), owner, input),
});

// --- the payment method (effective from the next charge) -----------------------------------------------

const SubscriptionPaymentMethodUpdateInput = builder.inputType('SubscriptionPaymentMethodUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    payment: t.field({
      type: PaymentInput,
      required: true,
      description: "The new card or wallet, tokenised by the provider's form as at checkout",
    }),
    idempotencyKey: t.string({
      required: true,
      validate: rules.idempotencyKey,
      description: 'One per change: a repeat saves nothing more and answers the subscription as it is',
    }),
  }),
});

subscriptionMutation('subscriptionPaymentMethodUpdate', {
  input: SubscriptionPaymentMethodUpdateInput,
  codes: [
    'CONFLICT',
    'IDEMPOTENCY_KEY_REUSED',
    'INVALID_INPUT',
    'INVALID_TRANSITION',
    'NOT_FOUND',
    'PAYMENT_DECLINED',
    'SUBSCRIPTION_PAYMENT_UNSUPPORTED',
  ],
  description:
    'Saves a new payment method for the renewals of a subscription (its own shopper, or staff; not a cancelled one); a past-due subscription retries its renewal at once with it',
  run: (context, owner, input) =>
    changeSubscriptionPaymentMethod(context.deps, dbOf(context), actorOf(context.auth), owner, input),
});
