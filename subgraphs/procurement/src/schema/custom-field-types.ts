import { customFieldTypes, customFieldValueFilterType } from '@ucos/kit/graphql/custom-fields-schema';
import { builder, MoneyRef } from '../builder.ts';

/** The kit's shared custom field types on procurement's builder (identical in catalog and orders). */
export const customFieldTypesOfProcurement = customFieldTypes(builder, MoneyRef);
export const { CustomFieldValueInput } = customFieldTypesOfProcurement;

/** A suppliers list filtered by a custom field (`@ucos/kit/custom-field-filters`). */
export const CustomFieldValueFilter = customFieldValueFilterType(builder);
