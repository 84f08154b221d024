import type { UiExtensionPoint } from '@ucos/plugin-sdk/ui-schema';

/**
 * Where an extension can go, in the words of the form and the list. Typed against the SDK's points, so
 * a point added there fails the typecheck here; only the type is imported, so the client form does not
 * bundle the SDK's schema code.
 */
export const POINT_LABELS = {
  PRODUCT_PANEL: 'Product page panel',
  ORDER_PANEL: 'Order page panel',
  CUSTOMER_PANEL: 'Customer page panel',
  DASHBOARD_WIDGET: 'Dashboard widget',
  NAV_PAGE: 'Navigation entry with its own page',
  PRODUCT_FORM: 'Product page: custom fields layout',
  CUSTOMER_FORM: 'Customer page: custom fields layout',
  ORDER_FORM: 'Order page: custom fields layout',
  SUPPLIER_FORM: 'Supplier page: custom fields layout',
} as const satisfies Record<UiExtensionPoint, string>;

/** The custom fields a form point's layout arranges: whose definitions its keys must name. */
export const FORM_POINT_ENTITIES = {
  PRODUCT_FORM: 'product',
  CUSTOMER_FORM: 'customer',
  ORDER_FORM: 'order',
  SUPPLIER_FORM: 'supplier',
} as const;
export type FormPointName = keyof typeof FORM_POINT_ENTITIES;

export const isFormPointName = (point: UiExtensionPoint): point is FormPointName =>
  Object.hasOwn(FORM_POINT_ENTITIES, point);

export const POINT_CHOICES = (Object.keys(POINT_LABELS) as UiExtensionPoint[]).map((point) => ({
  value: point,
  label: POINT_LABELS[point],
}));

export const isPoint = (value: string): value is UiExtensionPoint => Object.hasOwn(POINT_LABELS, value);
