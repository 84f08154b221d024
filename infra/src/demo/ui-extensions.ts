import { ownerCaller } from './caller.ts';

/**
 * The demo tenant's admin UI extensions (issue 15 §4), through the public API as its owner: the
 * `admin.ui-extensions` flag on, a "Fulfilment notes" panel on every order page showing the
 * order's fields and lines, and a layout of the product page's custom fields. A shop that has the
 * panel or a product form layout already keeps it.
 */
export const FULFILMENT_NOTES = {
  blocks: [
    {
      type: 'card',
      title: 'Fulfilment notes',
      children: [
        {
          type: 'fields',
          fields: [
            { label: 'Order', path: 'order.displayNumber' },
            { label: 'Ship to', path: 'order.shippingAddress.name' },
            { label: 'Country', path: 'order.shippingAddress.country' },
            { label: 'Total', path: 'order.total' },
          ],
        },
        {
          type: 'table',
          title: 'To pack',
          rows: 'order.lines',
          columns: [
            { label: 'SKU', path: 'sku' },
            { label: 'Quantity', path: 'quantity' },
          ],
        },
        { type: 'text', text: 'Pack fragile items in double boxes; gift orders without an invoice.' },
        { type: 'link', label: 'Work queue', href: '/fulfillment' },
      ],
    },
  ],
};

/**
 * The layout of the product page's custom fields (`PRODUCT_FORM`): the demo's product fields
 * (`DEMO_CUSTOM_FIELDS`) in two titled sections.
 */
export const DEMO_PRODUCT_FORM_LAYOUT = {
  blocks: [
    {
      type: 'form',
      sections: [
        { title: 'Fabric and care', fields: ['material', 'care'] },
        { title: 'Certification', fields: ['organic'] },
      ],
    },
  ],
};

export async function seedDemoUiExtensions(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  await call(
    `mutation ($input: FeatureFlagSetInput!) { featureFlagSet(input: $input) { featureFlag { key } errors { message } } }`,
    {
      input: {
        key: 'admin.ui-extensions',
        description: 'Admin extension points (product, order, customer panels, dashboard widgets, pages)',
        enabled: true,
      },
    },
  );
  const save = (input: { point: string; title: string; schema: object }) =>
    call(
      `mutation ($input: UiExtensionSaveInput!) { uiExtensionSave(input: $input) { uiExtension { id } errors { message } } }`,
      { input: { ...input, schema: JSON.stringify(input.schema) } },
    );
  const seeded: string[] = [];
  const notes = await call<{ uiExtensions: { title: string }[] }>(`{ uiExtensions(point: ORDER_PANEL) { title } }`);
  if (!notes.uiExtensions.some((extension) => extension.title === 'Fulfilment notes')) {
    await save({ point: 'ORDER_PANEL', title: 'Fulfilment notes', schema: FULFILMENT_NOTES });
    seeded.push('the "Fulfilment notes" order panel and the admin.ui-extensions flag (Settings → Extensions)');
  }
  // a shop with a product form layout of its own keeps it
  const layouts = await call<{ uiExtensions: { title: string }[] }>(`{ uiExtensions(point: PRODUCT_FORM) { title } }`);
  if (layouts.uiExtensions.length === 0) {
    await save({ point: 'PRODUCT_FORM', title: 'Product fields layout', schema: DEMO_PRODUCT_FORM_LAYOUT });
    seeded.push('a product page custom fields layout ("Fabric and care", "Certification")');
  }
  return seeded;
}
