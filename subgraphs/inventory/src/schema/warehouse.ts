import { CURSOR_KEYS, connectionType, encodeGlobalId, inputMutation, nodeEntity, pageOf, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import { inventoryFail } from '../data/errors.ts';
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

const WarehouseCreateInput = builder.inputType('WarehouseCreateInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: '1-32 letters, digits, - or _; stored upper-case' }),
    name: t.string({ required: true, validate: rules.text() }),
    active: t.boolean({ defaultValue: true }),
  }),
});

inputMutation(builder, 'warehouseCreate', {
  input: WarehouseCreateInput,
  payload: { codes: ['INVALID_INPUT', 'WAREHOUSE_CODE_TAKEN'], field: 'warehouse', type: WarehouseRef },
  authScopes: { scope: 'inventory:adjust' },
  run: (context, input) => createWarehouse(context.db, input),
  fields: (warehouse) => ({ warehouse }),
});

const WarehouseUpdateInput = builder.inputType('WarehouseUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ validate: rules.text() }),
    active: t.boolean(),
    version: t.int({ required: true, description: 'The version you read; a stale one is a CONFLICT' }),
  }),
});

inputMutation(builder, 'warehouseUpdate', {
  input: WarehouseUpdateInput,
  payload: { codes: ['CONFLICT', 'INVALID_INPUT', 'UNKNOWN_WAREHOUSE'], field: 'warehouse', type: WarehouseRef },
  authScopes: { scope: 'inventory:adjust' },
  run: async (context, input) => {
    const id = warehouseUuid(input.id, ['input', 'id']);
    return id
      ? updateWarehouse(context.db, { ...input, id })
      : inventoryFail('UNKNOWN_WAREHOUSE', 'No such warehouse', ['input', 'id']);
  },
  fields: (warehouse) => ({ warehouse }),
});
