import {
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  nodeEntity,
  pageOf,
  payloadType,
  rules,
  toPayload,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import { type InventoryErrorCode, inventoryFail } from '../data/errors.ts';
import { createWarehouse, listWarehouses, updateWarehouse } from '../data/warehouse-store.ts';
import { warehouseUuid } from './ids.ts';
import { warehouseLoader } from './loaders.ts';
import { WarehouseRef } from './refs.ts';

WarehouseRef.implement({
  description: 'A place that holds stock. Its code is unique per tenant.',
  authScopes: { scope: 'inventory:read' },
  fields: (t) => ({
    id: t.id({ resolve: (warehouse) => encodeGlobalId('Warehouse', warehouse.id) }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    active: t.exposeBoolean('active', { description: 'Inactive warehouses take no reservations or transfers in' }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (warehouse) => warehouse.createdAt }),
  }),
});

nodeEntity(builder, WarehouseRef, 'Warehouse', (id, context) => warehouseLoader(context).load(id));

const WarehouseConnection = connectionType(builder, 'Warehouse', WarehouseRef);

builder.queryField('warehouses', (t) =>
  t.connection(
    {
      type: WarehouseRef,
      authScopes: { scope: 'inventory:read' },
      args: { active: t.arg.boolean() },
      resolve: (_root, args, context) =>
        listWarehouses(context.db, pageOf(args, CURSOR_KEYS.code), { active: args.active }),
    },
    WarehouseConnection,
  ),
);

builder.queryField('warehouse', (t) =>
  t.field({
    type: WarehouseRef,
    nullable: true,
    authScopes: { scope: 'inventory:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      return warehouseLoader(context).load(warehouseUuid(args.id, ['id']));
    },
  }),
);

const warehousePayload = (mutation: string, codes: readonly InventoryErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      warehouse: t.field({ type: WarehouseRef, nullable: true, resolve: (payload) => payload.warehouse ?? null }),
    }),
  });

const WarehouseCreateInput = builder.inputType('WarehouseCreateInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: '1-32 letters, digits, - or _; stored upper-case' }),
    name: t.string({ required: true, validate: rules.text() }),
    active: t.boolean({ defaultValue: true }),
  }),
});

const WarehouseCreatePayload = warehousePayload('WarehouseCreate', ['INVALID_INPUT', 'WAREHOUSE_CODE_TAKEN']);

builder.mutationField('warehouseCreate', (t) =>
  t.field({
    type: WarehouseCreatePayload,
    authScopes: { scope: 'inventory:adjust' },
    args: { input: t.arg({ type: WarehouseCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createWarehouse(context.db, input), (warehouse) => ({ warehouse })),
  }),
);

const WarehouseUpdateInput = builder.inputType('WarehouseUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ validate: rules.text() }),
    active: t.boolean(),
    version: t.int({ required: true, description: 'The version you read; a stale one is a CONFLICT' }),
  }),
});

const WarehouseUpdatePayload = warehousePayload('WarehouseUpdate', ['CONFLICT', 'INVALID_INPUT', 'UNKNOWN_WAREHOUSE']);

builder.mutationField('warehouseUpdate', (t) =>
  t.field({
    type: WarehouseUpdatePayload,
    authScopes: { scope: 'inventory:adjust' },
    args: { input: t.arg({ type: WarehouseUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = warehouseUuid(input.id, ['input', 'id']);
      const result = id
        ? await updateWarehouse(context.db, { ...input, id })
        : inventoryFail('UNKNOWN_WAREHOUSE', 'No such warehouse', ['input', 'id']);
      return toPayload(result, (warehouse) => ({ warehouse }));
    },
  }),
);
