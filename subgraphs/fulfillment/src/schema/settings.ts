import { payloadType, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import { type FulfillmentSettings, loadSettings, returnWindowDaysRule, updateSettings } from '../data/settings.ts';
import { dbOf } from './loaders.ts';

const FulfillmentSettingsRef = builder.objectRef<FulfillmentSettings>('FulfillmentSettings').implement({
  description: "The tenant's fulfillment settings",
  fields: (t) => ({
    returnWindowDays: t.exposeInt('returnWindowDays', {
      description:
        "Days after an order's latest shipment left or was delivered within which its shopper may request a return (0: shoppers cannot; staff always can)",
    }),
  }),
});

builder.queryField('fulfillmentSettings', (t) =>
  t.field({
    type: FulfillmentSettingsRef,
    description:
      "The tenant's fulfillment settings (the return window is public policy: any caller of the tenant reads it)",
    authScopes: { tenant: true },
    resolve: (_root, _a, context) => loadSettings(dbOf(context)),
  }),
);

const FulfillmentSettingsUpdateInput = builder.inputType('FulfillmentSettingsUpdateInput', {
  fields: (t) => ({
    returnWindowDays: t.int({ required: true, validate: returnWindowDaysRule }),
  }),
});

const FulfillmentSettingsUpdatePayload = payloadType(builder, 'FulfillmentSettingsUpdate', {
  codes: ['INVALID_INPUT'] as const,
  fields: (t) => ({
    settings: t.field({
      type: FulfillmentSettingsRef,
      nullable: true,
      resolve: (payload) => payload.settings ?? null,
    }),
  }),
});

builder.mutationField('fulfillmentSettingsUpdate', (t) =>
  t.field({
    type: FulfillmentSettingsUpdatePayload,
    description: "Sets the tenant's return window",
    authScopes: { scope: 'fulfillment:manage' },
    args: { input: t.arg({ type: FulfillmentSettingsUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await updateSettings(dbOf(context), input), (settings) => ({ settings })),
  }),
);
