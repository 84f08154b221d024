import { ownerCaller } from './caller.ts';

/**
 * The demo tenant's admin UI extensions (issue 15 §4), through the public API as its owner: the
 * `admin.ui-extensions` flag on, and a "Fulfilment notes" panel on every order page showing the
 * order's fields and lines. A shop that has the panel already is left as it is.
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
  const existing = await call<{ uiExtensions: { title: string }[] }>(`{ uiExtensions(point: ORDER_PANEL) { title } }`);
  if (existing.uiExtensions.some((extension) => extension.title === 'Fulfilment notes')) return [];
  await call(
    `mutation ($input: UiExtensionSaveInput!) { uiExtensionSave(input: $input) { uiExtension { id } errors { message } } }`,
    { input: { point: 'ORDER_PANEL', title: 'Fulfilment notes', schema: JSON.stringify(FULFILMENT_NOTES) } },
  );
  return ['the "Fulfilment notes" order panel and the admin.ui-extensions flag (Settings → Extensions)'];
}
