import { arrangeFormFields, UI_FORM_CORE_FIELDS, type UiFormSection } from '@ucos/plugin-sdk/ui-schema';
import type { CustomFieldInputSpec } from './custom-fields-section.tsx';

/** The product's own fields as a layout names them, in the form's usual order. */
const PRODUCT_FIELDS = UI_FORM_CORE_FIELDS.PRODUCT_FORM;

/** One entry of a laid-out section: one of the product's own fields (`@title`, …) or a custom field. */
export interface ProductFormItem {
  key: string;
  custom: CustomFieldInputSpec | null;
}

/**
 * How the product form shows its fields under the tenant's PRODUCT_FORM layout:
 * - `ownFirst`: the product's own fields shown first, in their usual order (all of them without a layout);
 * - `customSections`: a layout of custom fields only arranges the "Custom fields" part, as before;
 * - `sections`: a layout naming any of the product's own fields arranges the whole form in its titled
 *   sections; the own fields it leaves out stay first, the custom fields it leaves out follow in
 *   "Other fields", so every field stays editable.
 */
export interface ProductFormArrangement {
  ownFirst: readonly string[];
  customSections: { title: string; fields: CustomFieldInputSpec[] }[] | null;
  sections: { title: string; items: ProductFormItem[] }[] | null;
}

export function arrangeProductForm(
  layout: readonly UiFormSection[] | null,
  customFields: readonly CustomFieldInputSpec[],
): ProductFormArrangement {
  const named = new Set(layout?.flatMap((section) => section.fields) ?? []);
  const ownNamed = PRODUCT_FIELDS.filter((key) => named.has(key));
  if (!layout || ownNamed.length === 0) {
    return {
      ownFirst: PRODUCT_FIELDS,
      customSections: customFields.length ? arrangeFormFields(layout, customFields) : null,
      sections: null,
    };
  }
  const items: ProductFormItem[] = [
    ...ownNamed.map((key) => ({ key, custom: null })),
    ...customFields.map((field) => ({ key: field.key, custom: field })),
  ];
  const arranged = arrangeFormFields(layout, items) ?? [];
  return {
    ownFirst: PRODUCT_FIELDS.filter((key) => !named.has(key)),
    customSections: null,
    sections: arranged.map((section) => ({ title: section.title, items: section.fields })),
  };
}
