import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  pageOf,
  rules,
  TextCap,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import {
  archivePromotion,
  codesCsv,
  createPromotion,
  generateCodes,
  listPromotionCodes,
  listPromotions,
  type PromotionCodeRow,
  type PromotionRow,
  promotionsByIds,
  updatePromotion,
} from '../data/promotion-admin.ts';
import { describe } from '../promotions/engine.ts';
import type { PromotionRule, Target } from '../promotions/rule.ts';
import { MANAGE, READ, recordMutations } from './common.ts';
import { dbOf } from './loaders.ts';

// --- the rule as the API shows and takes it ---------------------------------------------------------

const ActionType = builder.enumType('PromotionActionType', {
  values: {
    PERCENTAGE: { value: 'percentage', description: '`percentBps` off the target lines' },
    FIXED: { value: 'fixed', description: '`amount` off the target lines (shared among them)' },
    BUY_X_GET_Y: {
      value: 'buyXGetY',
      description:
        'For every `buyQuantity` + `getQuantity` target units, the cheapest `getQuantity` at `percentBps` off',
    },
    TIERED: { value: 'tiered', description: 'The highest of `tiers` whose threshold the target lines reach' },
    FREE_SHIPPING: {
      value: 'freeShipping',
      description: 'The shipping method costs nothing (only the `shippingMethods` listed, when it lists any)',
    },
  } as const,
});

const TargetKind = builder.enumType('PromotionTargetKind', {
  values: {
    ORDER: { value: 'order' },
    PRODUCTS: { value: 'products' },
    COLLECTIONS: { value: 'collections' },
    CATEGORIES: { value: 'categories' },
    VARIANTS: { value: 'variants' },
  } as const,
});

const TARGET_TYPES: Record<Exclude<Target['kind'], 'order'>, string> = {
  products: 'Product',
  collections: 'Collection',
  categories: 'Category',
  variants: 'ProductVariant',
};

interface TierView {
  minSubtotal: number;
  percentBps?: number | undefined;
  amount?: number | undefined;
}

const TierRef = builder.objectRef<TierView>('PromotionTier').implement({
  fields: (t) => ({
    minSubtotal: t.exposeInt('minSubtotal', { description: 'Minor units the target lines must reach' }),
    percentBps: t.int({ nullable: true, resolve: (tier) => tier.percentBps ?? null }),
    amount: t.int({ nullable: true, resolve: (tier) => tier.amount ?? null }),
  }),
});

const RuleRef = builder.objectRef<PromotionRule>('PromotionRule').implement({
  description: 'What a promotion requires and what it gives',
  fields: (t) => ({
    type: t.field({ type: ActionType, resolve: (rule) => rule.action.type }),
    summary: t.string({ description: 'In words, as shoppers read it', resolve: (rule) => describe(rule.action) }),
    percentBps: t.int({
      nullable: true,
      description: 'Basis points: 1000 = 10 %',
      resolve: (rule) => ('percentBps' in rule.action ? rule.action.percentBps : null),
    }),
    amount: t.int({ nullable: true, resolve: (rule) => ('amount' in rule.action ? rule.action.amount : null) }),
    buyQuantity: t.int({
      nullable: true,
      resolve: (rule) => (rule.action.type === 'buyXGetY' ? rule.action.buyQuantity : null),
    }),
    getQuantity: t.int({
      nullable: true,
      resolve: (rule) => (rule.action.type === 'buyXGetY' ? rule.action.getQuantity : null),
    }),
    tiers: t.field({
      type: [TierRef],
      resolve: (rule) => (rule.action.type === 'tiered' ? rule.action.tiers : []),
    }),
    targetKind: t.field({
      type: TargetKind,
      nullable: true,
      resolve: (rule) => ('target' in rule.action ? rule.action.target.kind : null),
    }),
    targetIds: t.idList({
      resolve: (rule) => {
        const target = 'target' in rule.action ? rule.action.target : null;
        return target && target.kind !== 'order'
          ? target.ids.map((id) => encodeGlobalId(TARGET_TYPES[target.kind], id))
          : [];
      },
    }),
    shippingMethods: t.stringList({
      description: 'FREE_SHIPPING: the shipping method codes it frees; empty: any method',
      resolve: (rule) => (rule.action.type === 'freeShipping' ? (rule.action.methods ?? []) : []),
    }),
    minSubtotal: t.int({ nullable: true, resolve: (rule) => rule.conditions.minSubtotal ?? null }),
    customerGroups: t.stringList({ resolve: (rule) => rule.conditions.customerGroups ?? [] }),
    companyIds: t.idList({
      resolve: (rule) => (rule.conditions.companyIds ?? []).map((id) => encodeGlobalId('Company', id)),
    }),
  }),
});

const TierInput = builder.inputType('PromotionTierInput', {
  fields: (t) => ({
    minSubtotal: t.int({ required: true }),
    percentBps: t.int(),
    amount: t.int(),
  }),
});

const RuleInput = builder.inputType('PromotionRuleInput', {
  description:
    'A promotion rule. Which fields matter depends on `type`; the rest is ignored. Checked as a whole: every problem is an INVALID_PROMOTION_RULE error under input.rule',
  fields: (t) => ({
    type: t.field({ type: ActionType, required: true }),
    percentBps: t.int({ description: 'PERCENTAGE, BUY_X_GET_Y (default 10000: free): basis points, 1000 = 10 %' }),
    amount: t.int({ description: 'FIXED: minor units of the promotion’s currency' }),
    buyQuantity: t.int(),
    getQuantity: t.int(),
    tiers: t.field({ type: [TierInput] }),
    targetKind: t.field({ type: TargetKind, description: 'Default ORDER: every line' }),
    targetIds: t.idList({ description: 'Ids of the products, collections, categories or variants' }),
    shippingMethods: t.stringList({
      description:
        'FREE_SHIPPING: only these shipping method codes (e.g. `standard`); default: any method, express included',
    }),
    minSubtotal: t.int({ description: 'The cart subtotal (before discounts) must reach this' }),
    customerGroups: t.stringList({ description: 'Only buyers of a company in one of these customer groups' }),
    companyIds: t.idList({ description: 'Only buyers of these companies' }),
  }),
});

type RuleInputShape = typeof RuleInput.$inferInput;

/** The API's flat input as the stored rule's shape; zod judges it (createPromotion), ids decoded here. */
function ruleOf(input: RuleInputShape): unknown {
  const kind = input.targetKind ?? 'order';
  const target =
    kind === 'order'
      ? { kind }
      : {
          kind,
          ids: (input.targetIds ?? []).map((id, index) =>
            localUuid(String(id), TARGET_TYPES[kind], ['input', 'rule', 'targetIds', String(index)]),
          ),
        };
  const conditions = {
    ...(input.minSubtotal != null ? { minSubtotal: input.minSubtotal } : {}),
    ...(input.customerGroups?.length ? { customerGroups: input.customerGroups } : {}),
    ...(input.companyIds?.length
      ? {
          companyIds: input.companyIds.map((id, index) =>
            localUuid(String(id), 'Company', ['input', 'rule', 'companyIds', String(index)]),
          ),
        }
      : {}),
  };
  const defined = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null && entry !== undefined));
  switch (input.type) {
    case 'freeShipping':
      return {
        conditions,
        action: { type: 'freeShipping', ...(input.shippingMethods?.length ? { methods: input.shippingMethods } : {}) },
      };
    case 'tiered':
      return { conditions, action: { type: 'tiered', tiers: (input.tiers ?? []).map(defined), target } };
    case 'buyXGetY':
      return {
        conditions,
        action: defined({
          type: 'buyXGetY',
          buyQuantity: input.buyQuantity,
          getQuantity: input.getQuantity,
          percentBps: input.percentBps,
          target,
        }),
      };
    case 'fixed':
      return { conditions, action: defined({ type: 'fixed', amount: input.amount, target }) };
    default:
      return { conditions, action: defined({ type: 'percentage', percentBps: input.percentBps, target }) };
  }
}

// --- promotions -------------------------------------------------------------------------------------

const PromotionStatus = builder.enumType('PromotionStatus', {
  values: { ACTIVE: { value: 'active' }, ARCHIVED: { value: 'archived' } } as const,
});

const PromotionState = builder.enumType('PromotionState', {
  description: 'Whether it applies right now',
  values: {
    LIVE: { value: 'live' },
    SCHEDULED: { value: 'scheduled', description: 'Starts later' },
    ENDED: { value: 'ended' },
    EXHAUSTED: { value: 'exhausted', description: 'Its usage limit is reached' },
    ARCHIVED: { value: 'archived' },
  } as const,
});

function stateOf(row: PromotionRow, now = new Date()) {
  if (row.status === 'archived') return 'archived' as const;
  if (row.startsAt && row.startsAt > now) return 'scheduled' as const;
  if (row.endsAt && row.endsAt <= now) return 'ended' as const;
  if (row.usageLimit !== null && row.usedCount >= row.usageLimit) return 'exhausted' as const;
  return 'live' as const;
}

const PromotionCodeRef = builder.objectRef<PromotionCodeRow>('PromotionCode').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    usageLimit: t.exposeInt('usageLimit', { nullable: true, description: '1 for a single-use code; null: shared' }),
    usedCount: t.exposeInt('usedCount'),
    batch: t.exposeString('batch', { nullable: true, description: 'The prefix it was generated with' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
const PromotionCodeConnection = connectionType(builder, 'PromotionCode', PromotionCodeRef);

export const PromotionRef = builder.objectRef<PromotionRow>('Promotion').implement({
  description: 'A discount rule of the shop, automatic or through codes',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Promotion', row.id) }),
    name: t.exposeString('name'),
    status: t.field({ type: PromotionStatus, resolve: (row) => row.status }),
    state: t.field({ type: PromotionState, resolve: (row) => stateOf(row) }),
    automatic: t.exposeBoolean('automatic', { description: 'Applies without a code to every cart it fits' }),
    currency: t.exposeString('currency', { nullable: true, description: 'Fixed amounts are in it; null: any' }),
    rule: t.field({ type: RuleRef, resolve: (row) => row.rule }),
    priority: t.exposeInt('priority', { description: 'Higher applies first' }),
    exclusive: t.exposeBoolean('exclusive', { description: 'Applies only alone' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true }),
    usageLimit: t.exposeInt('usageLimit', { nullable: true, description: 'Orders in total; null: unlimited' }),
    usageLimitPerCustomer: t.exposeInt('usageLimitPerCustomer', { nullable: true }),
    usedCount: t.exposeInt('usedCount', { description: 'Orders placed with it (cancelled ones give theirs back)' }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    codes: t.connection(
      {
        type: PromotionCodeRef,
        resolve: (row, args, context) =>
          dbOf(context).run((sql) => listPromotionCodes(sql, row.id, pageOf(args, CURSOR_KEYS.id))),
      },
      PromotionCodeConnection,
    ),
    codesCsv: t.string({
      description: 'Its codes as CSV (code,used,limit,batch), of one generated batch when `batch` is given',
      args: { batch: t.arg.string({ validate: rules.text({ max: 16, required: false }) }) },
      resolve: (row, { batch }, context) => dbOf(context).run((sql) => codesCsv(sql, row.id, batch ?? null)),
    }),
  }),
});

const PromotionConnection = connectionType(builder, 'Promotion', PromotionRef);

builder.queryField('promotions', (t) =>
  t.connection(
    {
      type: PromotionRef,
      authScopes: READ,
      args: { status: t.arg({ type: PromotionStatus, description: 'Only these; omitted: all' }) },
      resolve: (_root, args, context) =>
        listPromotions(dbOf(context), pageOf(args, CURSOR_KEYS.id), args.status ?? null),
    },
    PromotionConnection,
  ),
);

byIdQuery(builder, 'promotion', {
  type: PromotionRef,
  typeName: 'Promotion',
  authScopes: READ,
  load: async (context, id) => (await dbOf(context).run((sql) => promotionsByIds(sql, [id])))[0] ?? null,
});

const PromotionCreateInput = builder.inputType('PromotionCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.text({ max: TextCap.name }) }),
    rule: t.field({ type: RuleInput, required: true }),
    code: t.string({ description: 'A shared code (3-40 letters, digits, - or _); omitted: automatic' }),
    automatic: t.boolean({ description: 'Default: true without a code, false with one' }),
    currency: t.string({ description: 'ISO 4217; required for fixed amounts', validate: rules.currency }),
    priority: t.int(),
    exclusive: t.boolean(),
    startsAt: t.field({ type: 'DateTime' }),
    endsAt: t.field({ type: 'DateTime' }),
    usageLimit: t.int(),
    usageLimitPerCustomer: t.int(),
  }),
});

const PromotionUpdateInput = builder.inputType('PromotionUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    name: t.string({ validate: rules.text({ max: TextCap.name }) }),
    rule: t.field({ type: RuleInput }),
    automatic: t.boolean(),
    currency: t.string({ validate: rules.currency }),
    priority: t.int(),
    exclusive: t.boolean(),
    startsAt: t.field({ type: 'DateTime', description: 'null removes the start' }),
    endsAt: t.field({ type: 'DateTime', description: 'null removes the end' }),
    usageLimit: t.int({ description: 'null removes the limit' }),
    usageLimitPerCustomer: t.int(),
  }),
});

/** The staff mutations that change one promotion: they answer with it. */
const promotionMutation = recordMutations({ field: 'promotion', type: PromotionRef, authScopes: MANAGE });

promotionMutation('promotionCreate', {
  input: PromotionCreateInput,
  codes: ['DUPLICATE_CODE', 'INVALID_CURRENCY', 'INVALID_INPUT', 'INVALID_PROMOTION_RULE', 'PROMOTION_CODE_INVALID'],
  run: (context, input) =>
    createPromotion(dbOf(context), { ...input, currency: input.currency ?? null, rule: ruleOf(input.rule) }),
});

promotionMutation('promotionUpdate', {
  input: PromotionUpdateInput,
  codes: ['CONFLICT', 'INVALID_CURRENCY', 'INVALID_INPUT', 'INVALID_PROMOTION_RULE', 'NOT_FOUND'],
  description: 'Changes what is given; omitted fields stay, null clears dates and limits',
  run: (context, { id, rule, currency, ...rest }) =>
    updatePromotion(dbOf(context), localUuid(id, 'Promotion', ['input', 'id']), {
      ...rest,
      ...(currency !== undefined ? { currency: currency ?? null } : {}),
      ...(rule ? { rule: ruleOf(rule) } : {}),
    }),
});

promotionMutation('promotionArchive', {
  input: builder.inputType('PromotionArchiveInput', { fields: (f) => ({ id: f.id({ required: true }) }) }),
  codes: ['NOT_FOUND'],
  description: 'Stops it applying at once; orders placed with it keep their discount',
  run: (context, input) => archivePromotion(dbOf(context), localUuid(input.id, 'Promotion', ['input', 'id'])),
});

inputMutation(builder, 'promotionCodesGenerate', {
  input: builder.inputType('PromotionCodesGenerateInput', {
    fields: (f) => ({
      promotionId: f.id({ required: true }),
      count: f.int({ required: true }),
      prefix: f.string({ required: true, validate: rules.text({ max: 16 }) }),
    }),
  }),
  payload: {
    codes: ['INVALID_INPUT', 'NOT_FOUND'],
    fields: (t) => ({
      promotion: t.field({ type: PromotionRef, nullable: true, resolve: (payload) => payload.promotion ?? null }),
      codes: t.stringList({ description: 'The codes generated now', resolve: (payload) => payload.codes ?? [] }),
    }),
  },
  description:
    'Generates `count` (1-10000) single-use codes PREFIX-XXXXXXXX; `Promotion.codesCsv(batch: PREFIX)` exports them',
  authScopes: MANAGE,
  run: (context, input) =>
    generateCodes(dbOf(context), {
      promotionId: localUuid(input.promotionId, 'Promotion', ['input', 'promotionId']),
      count: input.count,
      prefix: input.prefix,
    }),
  fields: (value) => value,
});
