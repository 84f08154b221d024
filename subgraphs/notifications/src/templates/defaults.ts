/**
 * The built-in templates, one per key, in Liquid (https://liquidjs.com, the safe subset configured
 * in render.ts): a subject, an MJML body and a plain-text body. A tenant overrides any of them per
 * locale; the sample data is what the admin's preview renders when it is given none. Money is in
 * minor units (`{{ order.totalAmount | money: order.currency }}`), instants are ISO strings
 * (`{{ task.dueAt | datetime }}`), both formatted in the notification's locale.
 */

export const TEMPLATE_KEYS = [
  'order.confirmation',
  'shipment.sent',
  'return.received',
  'refund.issued',
  'stock.low',
  'approval.requested',
  'webhook.endpoint_disabled',
  'workflow.message',
  'purchase_order.sent',
] as const;

export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const isTemplateKey = (key: string): key is TemplateKey => (TEMPLATE_KEYS as readonly string[]).includes(key);

export interface TemplateSource {
  subject: string;
  mjml: string;
  text: string;
}

export interface BuiltInTemplate extends TemplateSource {
  description: string;
  sampleData: Record<string, unknown>;
}

const layout = (body: string) => `<mjml>
  <mj-head>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="22px" color="#1f2933" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f5f7">
    <mj-section background-color="#ffffff" padding="24px">
      <mj-column>
${body}
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
`;

const orderLinesTable = `        <mj-table>
          <tr style="border-bottom:1px solid #e4e7eb;text-align:left"><th>Item</th><th>Qty</th><th style="text-align:right">Price</th></tr>
          {% for line in order.lines %}<tr><td>{{ line.sku }}</td><td>{{ line.quantity }}</td><td style="text-align:right">{{ line.unitAmount | times: line.quantity | money: order.currency }}</td></tr>
          {% endfor %}
        </mj-table>`;

const sampleOrder = {
  number: 1042,
  email: 'ada@example.com',
  currency: 'EUR',
  subtotalAmount: 4590,
  shippingAmount: 490,
  taxAmount: 965,
  totalAmount: 6045,
  shippingMethod: { code: 'standard', name: 'Standard', amount: 490 },
  lines: [
    { sku: 'MUG-BLUE', quantity: 3, unitAmount: 1200 },
    { sku: 'TEE-M', quantity: 1, unitAmount: 990 },
  ],
};

export const BUILT_IN_TEMPLATES: Record<TemplateKey, BuiltInTemplate> = {
  'order.confirmation': {
    description: 'To the shopper when an order is placed (orders.order.created)',
    subject: 'Your order #{{ order.number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Thank you for your order #{{ order.number }}</mj-text>
        <mj-text>We have received your order and will let you know when it ships.</mj-text>
${orderLinesTable}
        <mj-text>Subtotal: {{ order.subtotalAmount | money: order.currency }}<br />
          Shipping ({{ order.shippingMethod.name }}): {{ order.shippingAmount | money: order.currency }}<br />
          Tax: {{ order.taxAmount | money: order.currency }}<br />
          <strong>Total: {{ order.totalAmount | money: order.currency }}</strong></mj-text>`),
    text: `Thank you for your order #{{ order.number }}.

{% for line in order.lines %}{{ line.quantity }} × {{ line.sku }}  {{ line.unitAmount | times: line.quantity | money: order.currency }}
{% endfor %}
Subtotal: {{ order.subtotalAmount | money: order.currency }}
Shipping ({{ order.shippingMethod.name }}): {{ order.shippingAmount | money: order.currency }}
Tax: {{ order.taxAmount | money: order.currency }}
Total: {{ order.totalAmount | money: order.currency }}
`,
    sampleData: { order: sampleOrder },
  },
  'shipment.sent': {
    description: 'To the shopper when a shipment of their order leaves (fulfillment.shipment.shipped)',
    subject: 'Your order #{{ order.number }} is on its way',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Your order #{{ order.number }} has shipped</mj-text>
        <mj-text>Carrier: {{ shipment.carrier }}{% if shipment.trackingNumber %}<br />Tracking number: <strong>{{ shipment.trackingNumber }}</strong>{% endif %}</mj-text>
        <mj-text>{{ shipment.itemCount }} item(s) in this parcel.</mj-text>`),
    text: `Your order #{{ order.number }} has shipped.
Carrier: {{ shipment.carrier }}
{% if shipment.trackingNumber %}Tracking number: {{ shipment.trackingNumber }}
{% endif %}{{ shipment.itemCount }} item(s) in this parcel.
`,
    sampleData: {
      order: { number: 1042 },
      shipment: { carrier: 'manual', trackingNumber: '1Z999AA10123456784', itemCount: 4 },
    },
  },
  'return.received': {
    description: 'To the shopper when their return arrived at the warehouse (fulfillment.return.received)',
    subject: 'We received your return for order #{{ order.number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Your return has arrived</mj-text>
        <mj-text>We received {{ return.itemCount }} item(s) of order #{{ order.number }}. We will let you know once the refund is issued.</mj-text>`),
    text: `We received {{ return.itemCount }} item(s) of order #{{ order.number }}.
We will let you know once the refund is issued.
`,
    sampleData: { order: { number: 1042 }, return: { itemCount: 1 } },
  },
  'refund.issued': {
    description: 'To the shopper when a return was refunded (fulfillment.return.refunded)',
    subject: 'Your refund for order #{{ order.number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Your refund is on its way</mj-text>
        <mj-text>We refunded <strong>{{ refund.amount | money: refund.currency }}</strong> for order #{{ order.number }}.</mj-text>`),
    text: `We refunded {{ refund.amount | money: refund.currency }} for order #{{ order.number }}.
`,
    sampleData: { order: { number: 1042 }, refund: { amount: 2400, currency: 'EUR' } },
  },
  'stock.low': {
    description:
      "To the tenant's inventory managers (inventory:adjust) when stock falls to its threshold (inventory.stock.low)",
    subject: 'Low stock: {{ stock.available }} left',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Stock is running low</mj-text>
        <mj-text>Variant {{ stock.variantId }} has {{ stock.available | number }} unit(s) available in warehouse {{ stock.warehouseId }} (threshold {{ stock.threshold | number }}).</mj-text>`),
    text: `Variant {{ stock.variantId }} has {{ stock.available | number }} unit(s) available in warehouse {{ stock.warehouseId }} (threshold {{ stock.threshold | number }}).
`,
    sampleData: {
      stock: {
        variantId: '3f0c6a55-2d7e-4c1b-9a57-0a2f4f1d9b11',
        warehouseId: '8b8f3f0e-5a3c-4a8e-b1c2-7d4e5f6a7b8c',
        available: 3,
        threshold: 5,
      },
    },
  },
  'approval.requested': {
    description: "To the members with the task's scope when a workflow waits for an approval (workflows.task.created)",
    subject: 'Approval requested: {{ task.title }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">{{ task.title }}</mj-text>
        <mj-text>The workflow "{{ task.workflowName }}" waits for your approval{% if task.dueAt %} by {{ task.dueAt | datetime }}{% endif %}.</mj-text>`),
    text: `{{ task.title }}
The workflow "{{ task.workflowName }}" waits for your approval{% if task.dueAt %} by {{ task.dueAt | datetime }}{% endif %}.
`,
    sampleData: {
      task: {
        title: 'Approve purchase order PO-0042',
        workflowName: 'Purchase approval',
        dueAt: '2026-12-04T17:00:00.000Z',
        scope: 'procurement:approve',
      },
    },
  },
  'webhook.endpoint_disabled': {
    description:
      "To the tenant's admins (workflows:manage) when a webhook endpoint was disabled (webhooks.endpoint.disabled)",
    subject: 'Webhook endpoint disabled: {{ endpoint.url }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">A webhook endpoint was disabled</mj-text>
        <mj-text>{{ endpoint.url }} was disabled after {{ endpoint.failures | number }} failed deliveries: {{ endpoint.reason }}.</mj-text>`),
    text: `{{ endpoint.url }} was disabled after {{ endpoint.failures | number }} failed deliveries: {{ endpoint.reason }}.
`,
    sampleData: { endpoint: { url: 'https://example.com/hooks', reason: 'HTTP 500', failures: 20 } },
  },
  'workflow.message': {
    description: "A workflow's notify step (workflows.notification.requested): its subject and message, then its data",
    subject: "{{ subject | default: 'A message from your workflow' }}",
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">{{ subject | default: 'A message from your workflow' }}</mj-text>
        {% if message %}<mj-text>{{ message }}</mj-text>{% endif %}
        <mj-text>{% for entry in data %}{{ entry[0] }}: {{ entry[1] }}<br />{% endfor %}</mj-text>`),
    text: `{{ subject | default: 'A message from your workflow' }}
{% if message %}
{{ message }}
{% endif %}
{% for entry in data %}{{ entry[0] }}: {{ entry[1] }}
{% endfor %}`,
    sampleData: {
      subject: 'Big order placed',
      message: 'Order #1042 is over the review limit.',
      data: { orderNumber: 1042, total: '60.45 EUR' },
    },
  },
  'purchase_order.sent': {
    description: 'To a supplier with a purchase order, its PDF attached (procurement.purchase_order.sent)',
    subject: 'Purchase order {{ purchaseOrder.number }} from {{ purchaseOrder.buyerName }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Purchase order {{ purchaseOrder.number }}</mj-text>
        <mj-text>Dear {{ purchaseOrder.supplierName }}, please deliver the following{% if purchaseOrder.expectedAt %} by {{ purchaseOrder.expectedAt | date_only }}{% endif %}.</mj-text>
        <mj-table>
          <tr style="border-bottom:1px solid #e4e7eb;text-align:left"><th>SKU</th><th>Qty</th><th style="text-align:right">Unit price</th></tr>
          {% for line in purchaseOrder.lines %}<tr><td>{{ line.sku }}</td><td>{{ line.quantity }}</td><td style="text-align:right">{{ line.unitAmount | money: purchaseOrder.currency }}</td></tr>
          {% endfor %}
        </mj-table>
        <mj-text><strong>Total: {{ purchaseOrder.totalAmount | money: purchaseOrder.currency }}</strong></mj-text>`),
    text: `Purchase order {{ purchaseOrder.number }}
Dear {{ purchaseOrder.supplierName }}, please deliver the following{% if purchaseOrder.expectedAt %} by {{ purchaseOrder.expectedAt | date_only }}{% endif %}.

{% for line in purchaseOrder.lines %}{{ line.quantity }} × {{ line.sku }} at {{ line.unitAmount | money: purchaseOrder.currency }}
{% endfor %}
Total: {{ purchaseOrder.totalAmount | money: purchaseOrder.currency }}
`,
    sampleData: {
      purchaseOrder: {
        number: 'PO-0042',
        buyerName: 'Acme Shop',
        supplierName: 'Mugs & Co',
        currency: 'EUR',
        expectedAt: '2026-12-10T00:00:00.000Z',
        totalAmount: 36000,
        lines: [{ sku: 'MUG-BLUE', quantity: 60, unitAmount: 600 }],
      },
    },
  },
};
