import { customFieldTypes } from '@ucos/kit/graphql/custom-fields-schema';
import { builder, MoneyRef } from '../builder.ts';

/** The kit's shared custom field types on orders' builder (identical in catalog and procurement). */
export const customFieldTypesOfOrders = customFieldTypes(builder, MoneyRef);
export const { CustomFieldValueInput } = customFieldTypesOfOrders;

/** A customers or orders list filtered by a custom field (`src/data/custom-field-filters.ts`). */
export const CustomFieldValueFilter = builder.inputType('CustomFieldValueFilter', {
  description:
    'Rows whose stored value of this field is one of `values` (a default never stored does not match); not for MONEY fields',
  fields: (t) => ({
    key: t.string({ required: true, description: 'An active custom field of the list’s entity' }),
    values: t.stringList({
      required: true,
      description: 'Canonical strings, 1 to 50 (true/false for a BOOLEAN, YYYY-MM-DD for a DATE)',
    }),
  }),
});
