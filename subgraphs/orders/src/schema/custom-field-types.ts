import { customFieldTypes, customFieldValueFilterType } from '@ucos/kit/graphql/custom-fields-schema';
import { builder, MoneyRef } from '../builder.ts';

/** The kit's shared custom field types on orders' builder (identical in catalog and procurement). */
export const customFieldTypesOfOrders = customFieldTypes(builder, MoneyRef);
export const { CustomFieldValueInput } = customFieldTypesOfOrders;

/** A customers or orders list filtered by a custom field (`@ucos/kit/custom-field-filters`). */
export const CustomFieldValueFilter = customFieldValueFilterType(builder);
