import { badUserInput, CURSOR_KEYS, connectionType, encodeGlobalId, inputMutation, pageOf, rules } from '@ucos/kit';
import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
import { builder } from '../builder.ts';
import { callerOf } from '../data/caller.ts';
import type { InventoryErrorCode } from '../data/errors.ts';
import {
  listReplenishmentNeeds,
  MAX_REORDER_POLICIES,
  type ReplenishmentNeedRow,
  setReorderPolicies,
  shortfallOf,
} from '../data/replenishment.ts';
import { MAX_UNITS } from '../data/validation.ts';
import { variantGlobalId, variantUuid, warehouseUuid } from './ids.ts';
import { warehouseLoader } from './loaders.ts';
import { ProductVariantRef, StockLevelRef, WarehouseRef } from './refs.ts';

const reorderPoint = rules.quantity({ min: 0, max: MAX_UNITS });
const reorderQuantity = rules.quantity({ min: 1, max: MAX_UNITS });

const ReplenishmentNeedRef = builder.objectRef<ReplenishmentNeedRow>('ReplenishmentNeed');

ReplenishmentNeedRef.implement({
  description:
    'A stock level whose available + incoming is at or below its reorder point, in an active warehouse: what procurement suggests buying.',
  authScopes: { scope: 'inventory:read' },
  fields: (t) => ({
    variantId: t.id({ description: "The variant's global id", resolve: (need) => variantGlobalId(need.variantId) }),
    warehouseId: t.id({
      description: "The warehouse's global id",
      resolve: (need) => encodeGlobalId('Warehouse', need.warehouseId),
    }),
    variant: t.field({ type: ProductVariantRef, resolve: (need) => ({ id: variantGlobalId(need.variantId) }) }),
    warehouse: t.field({
      type: WarehouseRef,
      resolve: async (need, _args, context) => (await warehouseLoader(context).load(need.warehouseId))!,
    }),
    onHand: t.exposeInt('onHand'),
    reserved: t.exposeInt('reserved'),
    available: t.int({ resolve: (need) => need.onHand - need.reserved }),
    incoming: t.exposeInt('incoming'),
    reorderPoint: t.exposeInt('reorderPoint'),
    reorderQuantity: t.exposeInt('reorderQuantity'),
    shortfall: t.int({
      description:
        'Units to order: reorderPoint − (available + incoming) + reorderQuantity, which brings the level back to reorder point + reorder quantity. Never less than reorderQuantity, always ends above the reorder point. Before pack sizes and minimums (procurement rounds).',
      resolve: (need) => shortfallOf(need),
    }),
  }),
});

const ReplenishmentNeedConnection = connectionType(builder, 'ReplenishmentNeed', ReplenishmentNeedRef);

/** Whether the field's own selection (through any fragments) names `field`. */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : true;
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet?.selections ?? []));
}

/** More than this many warehouse ids in one filter is a malformed request, not a question. */
const MAX_WAREHOUSE_FILTER = 100;

builder.queryField('replenishmentNeeds', (t) =>
  t.connection(
    {
      type: ReplenishmentNeedRef,
      description:
        'Levels at or below their reorder point (available + incoming), by variant then warehouse. Staff with inventory:read, or procurement with a service token.',
      authScopes: { scope: 'inventory:read' },
      args: { warehouseIds: t.arg.idList({ description: 'Only these warehouses; omit for every active one' }) },
      resolve: (_root, args, context, info) => {
        const ids = args.warehouseIds ?? null;
        if (ids && ids.length > MAX_WAREHOUSE_FILTER) {
          throw badUserInput(`at most ${MAX_WAREHOUSE_FILTER} warehouse ids`, ['warehouseIds']);
        }
        return listReplenishmentNeeds(
          context.db,
          pageOf(args, CURSOR_KEYS.uuidPair),
          { warehouseIds: ids ? ids.map((id, index) => warehouseUuid(id, ['warehouseIds', String(index)])) : null },
          selects(info, 'totalCount'),
        );
      },
    },
    ReplenishmentNeedConnection,
  ),
);

const REORDER_CODES = [
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'UNKNOWN_WAREHOUSE',
] as const satisfies readonly InventoryErrorCode[];

const policyFields = (t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>) => ({
  variantId: t.id({ required: true }),
  warehouseId: t.id({ required: true }),
  reorderPoint: t.int({
    description:
      'Suggest buying when available + incoming is at or below this; null (with reorderQuantity) removes the policy',
    validate: reorderPoint,
  }),
  reorderQuantity: t.int({ description: 'The least a suggestion orders (1 or more)', validate: reorderQuantity }),
});

type PolicyArgs = {
  variantId: string;
  warehouseId: string;
  reorderPoint?: number | null;
  reorderQuantity?: number | null;
};

const decodePolicy = (policy: PolicyArgs, field: string[]) => ({
  variantId: variantUuid(policy.variantId, [...field, 'variantId']),
  warehouseId: warehouseUuid(policy.warehouseId, [...field, 'warehouseId']),
  reorderPoint: policy.reorderPoint ?? null,
  reorderQuantity: policy.reorderQuantity ?? null,
});

const StockLevelReorderPolicySetInput = builder.inputType('StockLevelReorderPolicySetInput', {
  fields: (t) => policyFields(t),
});

inputMutation(builder, 'stockLevelReorderPolicySet', {
  input: StockLevelReorderPolicySetInput,
  payload: { codes: REORDER_CODES, field: 'stockLevel', type: StockLevelRef },
  description: "Sets or removes one level's reorder point and quantity (the level is created if it has no stock yet)",
  authScopes: { scope: 'inventory:adjust' },
  run: (context, input) =>
    setReorderPolicies(context.db, callerOf(context.auth), [decodePolicy(input, ['input'])], {
      list: ['input'],
      item: () => ['input'],
    }),
  fields: ([stockLevel]) => ({ stockLevel }),
});

const StockLevelReorderPolicyInput = builder.inputType('StockLevelReorderPolicyInput', {
  fields: (t) => policyFields(t),
});

const StockLevelReorderPolicyBulkSetInput = builder.inputType('StockLevelReorderPolicyBulkSetInput', {
  fields: (t) => ({
    policies: t.field({
      type: [StockLevelReorderPolicyInput],
      required: true,
      description: `1 to ${MAX_REORDER_POLICIES} levels, each at most once; all are set or none`,
    }),
  }),
});

inputMutation(builder, 'stockLevelReorderPolicyBulkSet', {
  input: StockLevelReorderPolicyBulkSetInput,
  payload: { codes: REORDER_CODES, field: 'stockLevels', type: StockLevelRef, list: true },
  description: 'Sets or removes the reorder policies of many levels at once (imports): all or nothing',
  authScopes: { scope: 'inventory:adjust' },
  run: (context, input) => {
    const item = (index: number) => ['input', 'policies', String(index)];
    const policies = input.policies.map((policy, index) => decodePolicy(policy, item(index)));
    return setReorderPolicies(context.db, callerOf(context.auth), policies, { list: ['input', 'policies'], item });
  },
  fields: (stockLevels) => ({ stockLevels }),
});
