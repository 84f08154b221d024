import { byIdQuery, encodeGlobalId, inputMutation, localUuid, maxLength } from '@ucos/kit';
import { UI_EXTENSION_POINTS, UI_SCHEMA_LIMITS, type UiExtensionPoint } from '@ucos/plugin-sdk/ui-schema';
import { builder } from '../builder.ts';
import {
  deleteUiExtension,
  listUiExtensions,
  saveUiExtension,
  type UiExtensionRow,
  uiExtensionById,
} from '../data/ui-extensions.ts';
import { dbOf, read, removedAs, write } from './types.ts';

export const UiExtensionPointEnum = builder.enumType('UiExtensionPoint', {
  description:
    "Where the admin renders an extension; a …_FORM point takes the layout of that page's custom-fields form (one form block: titled sections of custom-field keys)",
  values: Object.fromEntries(UI_EXTENSION_POINTS.map((point) => [point, { value: point }])) as Record<
    UiExtensionPoint,
    { value: UiExtensionPoint }
  >,
});

export const UiExtensionRef = builder.objectRef<UiExtensionRow>('UiExtension').implement({
  description:
    'A declarative UI schema (cards, fields, tables, text, links, allow-listed buttons) the admin renders at an extension point with its own components',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('UiExtension', row.id) }),
    point: t.field({ type: UiExtensionPointEnum, resolve: (row) => row.point }),
    title: t.exposeString('title'),
    schema: t.string({
      description: 'The UI schema, as JSON ({"blocks": [...]})',
      resolve: (row) => JSON.stringify(row.schema),
    }),
    position: t.exposeInt('position', { description: 'Lower first among the extensions of a point' }),
    enabled: t.exposeBoolean('enabled'),
    installationId: t.id({
      nullable: true,
      description: 'The plugin installation it belongs to (deleted with it); null for a tenant-configured one',
      resolve: (row) => (row.installationId ? encodeGlobalId('PluginInstallation', row.installationId) : null),
    }),
    declared: t.exposeBoolean('declared', {
      description:
        "Brought by its plugin's manifest: replaced when the plugin is upgraded or rolled back, shown while it is enabled; changed only through the plugin",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('uiExtensions', (t) =>
  t.field({
    type: [UiExtensionRef],
    description: "The tenant's UI extensions of a point (every point without one), by position",
    authScopes: read,
    args: {
      point: t.arg({ type: UiExtensionPointEnum, required: false }),
      enabledOnly: t.arg.boolean({ required: false, description: 'Only the enabled ones (what the admin renders)' }),
    },
    resolve: (_root, args, context) => listUiExtensions(dbOf(context), args.point ?? null, args.enabledOnly ?? false),
  }),
);

byIdQuery(builder, 'uiExtension', {
  type: UiExtensionRef,
  typeName: 'UiExtension',
  authScopes: read,
  load: (context, id) => uiExtensionById(dbOf(context), id),
});

const SaveInput = builder.inputType('UiExtensionSaveInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'The extension to replace; absent to create one' }),
    point: t.field({ type: UiExtensionPointEnum, required: true }),
    title: t.string({ required: true, ...maxLength(UI_SCHEMA_LIMITS.maxLabel) }),
    schema: t.string({
      required: true,
      ...maxLength(
        UI_SCHEMA_LIMITS.maxJson,
        'The UI schema as JSON: {"blocks": [...]}; see docs/architecture/ui-extensions.md',
      ),
    }),
    position: t.int({ required: false, description: 'Lower first; 0 by default' }),
    enabled: t.boolean({ required: false, description: 'true by default' }),
    installationId: t.id({ required: false, description: 'The plugin installation it belongs to' }),
  }),
});

inputMutation(builder, 'uiExtensionSave', {
  input: SaveInput,
  payload: {
    codes: ['INVALID_INPUT', 'INVALID_SCHEMA', 'NOT_FOUND', 'NOT_INSTALLED', 'LAYOUT_EXISTS'],
    field: 'uiExtension',
    type: UiExtensionRef,
  },
  authScopes: write,
  description:
    'Creates or replaces a UI extension; every problem of its schema is returned on its path under input.schema. A form point (PRODUCT_FORM, CUSTOMER_FORM, ORDER_FORM, SUPPLIER_FORM) takes one enabled layout: a second is LAYOUT_EXISTS on input.point',
  run: (context, input) =>
    saveUiExtension(dbOf(context), {
      id: input.id ? localUuid(input.id, 'UiExtension', ['input', 'id']) : null,
      point: input.point,
      title: input.title,
      schema: input.schema,
      position: input.position ?? 0,
      enabled: input.enabled ?? true,
      installationId: input.installationId
        ? localUuid(input.installationId, 'PluginInstallation', ['input', 'installationId'])
        : null,
    }),
  fields: (uiExtension) => ({ uiExtension }),
});

const DeleteInput = builder.inputType('UiExtensionDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

inputMutation(builder, 'uiExtensionDelete', {
  input: DeleteInput,
  payload: { codes: ['INVALID_INPUT', 'NOT_FOUND'], field: 'deletedId', type: 'ID' },
  authScopes: write,
  description: 'Deletes a UI extension',
  run: (context, input) =>
    removedAs(input.id, deleteUiExtension(dbOf(context), localUuid(input.id, 'UiExtension', ['input', 'id']))),
  fields: (deletedId) => ({ deletedId }),
});
