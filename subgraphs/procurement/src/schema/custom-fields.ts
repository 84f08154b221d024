import { customFieldDefinitionFields, customFieldsOn } from '@ucos/kit/graphql/custom-fields-schema';
import { builder } from '../builder.ts';
import type { ProcurementContext } from '../context.ts';
import type { SupplierRow } from '../data/rows.ts';
import { supplierCustomFields } from '../data/suppliers.ts';
import { dbOf, manage } from './common.ts';
import { customFieldTypesOfProcurement as types } from './custom-field-types.ts';
import { SupplierRef } from './types.ts';

/**
 * Custom fields on suppliers (issue 15 §3) through the kit: `supplierCustomFieldDefinitions` and
 * `supplierCustomFieldDefinitionCreate`/`Update`/`Archive`, `Supplier.customFields`/`customField(key)`;
 * values are written with `supplierCreate`/`supplierUpdate` (`customFields`). Every reader of
 * procurement is staff, so every field is seen (there is no storefront side).
 */
const common = { store: supplierCustomFields, db: dbOf, seesEverything: () => true };

customFieldDefinitionFields<ProcurementContext>(builder, types, {
  ...common,
  entity: 'SUPPLIER',
  prefix: 'supplier',
  readScopes: manage,
  writeScopes: manage,
});

customFieldsOn<ProcurementContext, SupplierRow>(builder, types, SupplierRef, {
  ...common,
  entity: 'SUPPLIER',
  values: (supplier) => supplier.customFields,
});
