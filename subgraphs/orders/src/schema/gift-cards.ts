import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  pageOf,
  rules,
} from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import {
  adjustGiftCard,
  disableGiftCard,
  type GiftCardRow,
  type GiftCardTransactionRow,
  issueGiftCards,
  listGiftCards,
  maskedGiftCardCode,
} from '../data/gift-cards.ts';
import { actorOf } from '../data/machines.ts';
import { MANAGE, money, READ, recordMutations } from './common.ts';
import { CustomerRef } from './customer.ts';
import { customerLoader, dbOf, giftCardLoader, giftCardTransactionsLoader, orderLoader } from './loaders.ts';
import { OrderRef } from './order.ts';

const GiftCardStatus = builder.enumType('GiftCardStatus', {
  values: {
    ACTIVE: { value: 'active' },
    DISABLED: { value: 'disabled', description: 'Can no longer be applied; its balance and ledger stay' },
  } as const,
});

const GiftCardState = builder.enumType('GiftCardState', {
  description: 'Whether a shopper can pay with it right now',
  values: {
    USABLE: { value: 'usable' },
    EMPTY: { value: 'empty', description: 'Nothing left on it' },
    EXPIRED: { value: 'expired' },
    DISABLED: { value: 'disabled' },
  } as const,
});

function stateOf(card: GiftCardRow, now = new Date()) {
  if (card.status === 'disabled') return 'disabled' as const;
  if (card.expiresAt && card.expiresAt <= now) return 'expired' as const;
  if (card.balance <= 0) return 'empty' as const;
  return 'usable' as const;
}

const GiftCardMovementKind = builder.enumType('GiftCardTransactionKind', {
  values: {
    ISSUE: { value: 'issue' },
    REDEMPTION: { value: 'redemption', description: 'Paid (part of) an order at checkout' },
    REFUND: { value: 'refund', description: 'Given back from an order: cancelled, refunded or lowered' },
    ADJUSTMENT: { value: 'adjustment', description: 'Changed by staff, with their note' },
  } as const,
});

type MovementView = GiftCardTransactionRow & { currency: string };

const GiftCardTransactionRef = builder.objectRef<MovementView>('GiftCardTransaction').implement({
  description: "One movement of a gift card's balance (the ledger is append-only)",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('GiftCardTransaction', row.id) }),
    kind: t.field({ type: GiftCardMovementKind, resolve: (row) => row.kind }),
    amount: t.field({
      type: MoneyRef,
      description: 'Signed: positive credits the card, negative debits it',
      resolve: (row) => money(row.amount, row.currency),
    }),
    balanceAfter: t.field({ type: MoneyRef, resolve: (row) => money(row.balanceAfter, row.currency) }),
    order: t.field({
      type: OrderRef,
      nullable: true,
      description: 'The order a redemption paid or a refund came from',
      resolve: (row, _args, context) => (row.orderId ? orderLoader(context).load(row.orderId) : null),
    }),
    note: t.exposeString('note', { nullable: true }),
    actor: t.exposeString('actor', { nullable: true, description: 'Who issued or adjusted it' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const GiftCardRef = builder.objectRef<GiftCardRow>('GiftCard').implement({
  description:
    'A gift card: a balance in one currency that pays (part of) orders at checkout. Its full code is shown once, when issued',
  fields: (t) => ({
    id: t.id({ resolve: (card) => encodeGlobalId('GiftCard', card.id) }),
    last4: t.exposeString('last4', { description: 'The last four characters of its code' }),
    maskedCode: t.string({
      description: 'The code as staff may see it: •••• •••• •••• AB12',
      resolve: (card) => maskedGiftCardCode(card.last4),
    }),
    currency: t.exposeString('currency'),
    initialBalance: t.field({ type: MoneyRef, resolve: (card) => money(card.initialBalance, card.currency) }),
    balance: t.field({ type: MoneyRef, resolve: (card) => money(card.balance, card.currency) }),
    status: t.field({ type: GiftCardStatus, resolve: (card) => card.status }),
    state: t.field({ type: GiftCardState, resolve: (card) => stateOf(card) }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      description: 'The customer it was issued to; anyone holding the code can spend it',
      resolve: (card, _args, context) => (card.customerId ? customerLoader(context).load(card.customerId) : null),
    }),
    note: t.exposeString('note', { nullable: true }),
    issuedBy: t.exposeString('issuedBy', { nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    transactions: t.field({
      type: [GiftCardTransactionRef],
      description: 'Every movement of its balance, oldest first',
      resolve: async (card, _args, context) =>
        (await giftCardTransactionsLoader(context).load(card.id)).map((row) => ({ ...row, currency: card.currency })),
    }),
  }),
});

const GiftCardConnection = connectionType(builder, 'GiftCard', GiftCardRef);

builder.queryField('giftCards', (t) =>
  t.connection(
    {
      type: GiftCardRef,
      authScopes: READ,
      args: {
        status: t.arg({ type: GiftCardStatus, description: 'Only these; omitted: all' }),
        last4: t.arg.string({
          description: 'The last four characters of the code (case does not matter)',
          validate: rules.text({ max: 4, required: false }),
        }),
        customerId: t.arg.id({ description: 'Only the cards issued to this customer' }),
      },
      resolve: (_root, args, context) =>
        listGiftCards(dbOf(context), pageOf(args, CURSOR_KEYS.id), {
          status: args.status ?? null,
          last4: args.last4?.trim() || null,
          customerId: args.customerId ? localUuid(args.customerId, 'Customer', ['customerId']) : null,
        }),
    },
    GiftCardConnection,
  ),
);

byIdQuery(builder, 'giftCard', {
  type: GiftCardRef,
  typeName: 'GiftCard',
  authScopes: READ,
  load: (context, id) => giftCardLoader(context).load(id),
});

const GiftCardIssueInput = builder.inputType('GiftCardIssueInput', {
  fields: (t) => ({
    amount: t.int({ required: true, description: 'Minor units of `currency` on each card' }),
    currency: t.string({ required: true, description: 'ISO 4217', validate: rules.currency }),
    count: t.int({ description: `How many cards of this amount (1-1000); default 1` }),
    code: t.string({
      description: 'A code of your choosing for a single card (8-32 letters or digits); omitted: generated',
      validate: rules.text({ max: 40, required: false }),
    }),
    expiresAt: t.field({ type: 'DateTime', description: 'Omitted: never expires' }),
    customerId: t.id({ description: 'The customer it is for (anyone holding the code can spend it)' }),
    note: t.string({ validate: rules.text({ max: 500, required: false }) }),
    idempotencyKey: t.string({
      validate: rules.idempotencyKey,
      description: 'A replay answers the same cards, without their codes (a code is shown once)',
    }),
  }),
});

inputMutation(builder, 'giftCardIssue', {
  input: GiftCardIssueInput,
  payload: {
    codes: [
      'DUPLICATE_CODE',
      'IDEMPOTENCY_KEY_REUSED',
      'INVALID_AMOUNT',
      'INVALID_CURRENCY',
      'INVALID_INPUT',
      'NOT_FOUND',
    ],
    fields: (t) => ({
      giftCards: t.field({ type: [GiftCardRef], resolve: (payload) => payload.cards ?? [] }),
      codes: t.stringList({
        description: 'The full codes, in the order of `giftCards`: shown now and never again',
        resolve: (payload) => payload.codes ?? [],
      }),
    }),
  },
  description: 'Issues one gift card, or `count` of the same amount; their codes are in the payload, once',
  authScopes: MANAGE,
  run: (context, input) =>
    issueGiftCards(dbOf(context), actorOf(context.auth), {
      ...input,
      customerId: input.customerId ? localUuid(input.customerId, 'Customer', ['input', 'customerId']) : null,
    }),
  fields: (value) => value,
});

/** The staff mutations that change one gift card: they answer with it. */
const giftCardMutation = recordMutations({ field: 'giftCard', type: GiftCardRef, authScopes: MANAGE });

giftCardMutation('giftCardDisable', {
  input: builder.inputType('GiftCardDisableInput', { fields: (f) => ({ id: f.id({ required: true }) }) }),
  codes: ['NOT_FOUND'],
  description: 'Stops the card paying for anything at once (checkout checks it again); its balance stays',
  run: (context, input) => disableGiftCard(dbOf(context), localUuid(input.id, 'GiftCard', ['input', 'id'])),
});

giftCardMutation('giftCardAdjust', {
  input: builder.inputType('GiftCardAdjustInput', {
    fields: (f) => ({
      id: f.id({ required: true }),
      amount: f.int({ required: true, description: 'Signed minor units: positive adds, negative takes off' }),
      note: f.string({ required: true, validate: rules.text({ max: 500 }) }),
      version: f.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    }),
  }),
  codes: ['CONFLICT', 'INVALID_AMOUNT', 'INVALID_INPUT', 'NOT_FOUND'],
  description: 'Changes the balance by a signed amount, with a note saying why (a ledger row); never below zero',
  run: (context, input) =>
    adjustGiftCard(dbOf(context), actorOf(context.auth), {
      ...input,
      id: localUuid(input.id, 'GiftCard', ['input', 'id']),
    }),
});

builder.objectField(OrderRef, 'giftCard', (t) =>
  t.field({
    type: GiftCardRef,
    nullable: true,
    authScopes: READ,
    description: 'The gift card that paid `giftCardAmount` (staff only)',
    resolve: (order, _args, context) => (order.giftCardId ? giftCardLoader(context).load(order.giftCardId) : null),
  }),
);
