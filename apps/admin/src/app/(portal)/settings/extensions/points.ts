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
} as const satisfies Record<UiExtensionPoint, string>;

export const POINT_CHOICES = (Object.keys(POINT_LABELS) as UiExtensionPoint[]).map((point) => ({
  value: point,
  label: POINT_LABELS[point],
}));

export const isPoint = (value: string): value is UiExtensionPoint => Object.hasOwn(POINT_LABELS, value);
