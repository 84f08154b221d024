import 'server-only';
import { type UiFormPoint, type UiFormSection, uiFormSections } from '@ucos/plugin-sdk/ui-schema';
import { extensionsOf } from './extensions.ts';

/**
 * The sections of a page's custom-fields form layout (`PRODUCT_FORM`, `CUSTOMER_FORM`, `ORDER_FORM`,
 * `SUPPLIER_FORM`): the first enabled layout of the point (the API keeps one enabled per point; one a
 * plugin brought later may add a second, and the first by position wins). None, and the form shows
 * its fields as before, when there is no layout, the `admin.ui-extensions` flag is off or the viewer
 * may not read extensions: the layout only arranges, every field stays on the form either way.
 */
export async function formLayoutOf(
  point: UiFormPoint,
  viewer: { scopes: readonly string[]; user?: { id: string } | null },
  returnTo: string,
): Promise<UiFormSection[] | null> {
  for (const extension of await extensionsOf(point, viewer, returnTo)) {
    const sections = uiFormSections(extension.schema);
    if (sections) return sections;
  }
  return null;
}
