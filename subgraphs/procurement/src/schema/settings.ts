import { inputMutation, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import { type SettingsRow, settingsOf, updateSettings } from '../data/settings.ts';
import { actorOf, dbOf, manage, percentRule } from './common.ts';

export const ProcurementSettingsRef = builder.objectRef<SettingsRow>('ProcurementSettings').implement({
  description: "A tenant's purchasing settings: base currency and the receiving and three-way match tolerances",
  fields: (t) => ({
    baseCurrency: t.exposeString('baseCurrency', {
      description: 'The currency purchase orders are valued in besides the supplier’s',
    }),
    receiptOverTolerancePercent: t.exposeFloat('receiptOverTolerancePercent', {
      description: 'How much more than ordered a receipt may accept, in percent of the ordered quantity',
    }),
    matchQuantityTolerancePercent: t.exposeFloat('matchQuantityTolerancePercent', {
      description: 'Three-way match: billed quantity above received, in percent',
    }),
    matchPriceTolerancePercent: t.exposeFloat('matchPriceTolerancePercent', {
      description: 'Three-way match: billed unit price above the order’s, in percent',
    }),
    matchPriceToleranceAmount: t.field({
      type: 'MinorUnits',
      description: 'Three-way match: billed unit price above the order’s, in minor units of the supplier currency',
      resolve: (row) => row.matchPriceToleranceAmount,
    }),
    buyerName: t.exposeString('buyerName', {
      nullable: true,
      description: 'Printed on purchase orders and in the supplier’s mail',
    }),
    version: t.exposeInt('version', { description: '0 until first saved' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('procurementSettings', (t) =>
  t.field({
    type: ProcurementSettingsRef,
    authScopes: manage,
    resolve: (_root, _args, context) => settingsOf(dbOf(context)),
  }),
);

const SettingsUpdateInput = builder.inputType('ProcurementSettingsUpdateInput', {
  fields: (t) => ({
    baseCurrency: t.string({ validate: rules.currency }),
    receiptOverTolerancePercent: t.float({ validate: percentRule }),
    matchQuantityTolerancePercent: t.float({ validate: percentRule }),
    matchPriceTolerancePercent: t.float({ validate: percentRule }),
    matchPriceToleranceAmount: t.field({ type: 'MinorUnits', validate: rules.nonNegativeInt }),
    buyerName: t.string({ validate: rules.text({ max: 200, required: false }) }),
    expectedVersion: t.int({ description: 'The version read; another save in between is CONFLICT' }),
  }),
});

inputMutation(builder, 'procurementSettingsUpdate', {
  input: SettingsUpdateInput,
  payload: {
    codes: ['INVALID_INPUT', 'INVALID_CURRENCY', 'CONFLICT'],
    field: 'settings',
    type: ProcurementSettingsRef,
  },
  authScopes: manage,
  run: (context, input) => updateSettings(dbOf(context), actorOf(context), input),
  fields: (settings) => ({ settings }),
});
