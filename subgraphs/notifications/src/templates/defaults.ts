/**
 * The built-in templates, one per key, in Liquid (https://liquidjs.com, the safe subset configured
 * in render.ts): a subject, an MJML body and a plain-text body. A tenant overrides any of them per
 * locale; the sample data is what the admin's preview renders when it is given none. Money is in
 * minor units (`{{ order.totalAmount | money: order.currency }}`), instants are ISO strings
 * (`{{ task.dueAt | datetime }}`), both formatted in the notification's locale.
 *
 * Identity's account mail (`account.*`, `customer.*`) renders `{{ link }}`, the one-time link that
 * arrives sealed in `identity.mail.requested` and is opened only for the render (sender.ts).
 */

/** Identity's account mail, the templates `identity.mail.requested` names. */
export const ACCOUNT_TEMPLATE_KEYS = [
  'account.invitation',
  'account.sign_up',
  'account.email_verification',
  'account.password_reset',
  'customer.registration',
  'customer.password_reset',
] as const;

export const TEMPLATE_KEYS = [
  'order.confirmation',
  'shipment.sent',
  'return.received',
  'refund.issued',
  'subscription.payment_failed',
  'subscription.renewal_delayed',
  'stock.low',
  'approval.requested',
  'webhook.endpoint_disabled',
  'plugin.disabled',
  'workflow.message',
  'purchase_order.sent',
  'invoice.issued',
  'credit_note.issued',
  ...ACCOUNT_TEMPLATE_KEYS,
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

const SAMPLE_INVOICE = {
  kind: 'invoice',
  number: 'INV-2026-000042',
  creditedInvoiceNumber: null,
  reason: null,
  orderNumber: 1042,
  orderDisplayNumber: 'AC-1042',
  currency: 'EUR',
  issueDate: '2026-12-04',
  dueDate: '2026-12-18',
  seller: {
    name: 'Acme Shop',
    legalName: 'Acme Shop GmbH',
    address: 'Hauptstr. 1\n10115 Berlin',
    taxId: 'DE123456789',
  },
  buyer: { name: 'Sam Shopper', email: 'sam@example.com', address: null },
  lines: [{ sku: 'MUG-BLUE', title: 'Blue mug', quantity: 3, unitAmount: 1200, lineAmount: 3600, taxRateBps: 1900 }],
  subtotalAmount: 3600,
  discountAmount: 0,
  shippingAmount: 490,
  taxAmount: 777,
  totalAmount: 4867,
  taxBreakdown: [{ rateBps: 1900, ratePpm: 190_000, name: 'VAT 19%', baseAmount: 4090, taxAmount: 777 }],
  taxNote: null,
};

const SAMPLE_CREDIT_NOTE = {
  ...SAMPLE_INVOICE,
  kind: 'credit_note',
  number: 'CN-2026-000007',
  creditedInvoiceNumber: 'INV-2026-000042',
  reason: 'Return refunded',
};

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
  displayNumber: 'AC-1042',
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

const button = (label: string) =>
  `        <mj-button href="{{ link }}" background-color="#1f2933" align="left">${label}</mj-button>
        <mj-text font-size="13px" color="#52606d">Or open this link: {{ link }}</mj-text>`;

const SAMPLE_ADMIN = 'http://127.0.0.1:3001';
const SAMPLE_SHOP = 'http://127.0.0.1:3000';

export const BUILT_IN_TEMPLATES: Record<TemplateKey, BuiltInTemplate> = {
  'order.confirmation': {
    description: 'To the shopper when an order is placed (orders.order.created)',
    subject: 'Your order {{ order | order_number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Thank you for your order {{ order | order_number }}</mj-text>
        <mj-text>We have received your order and will let you know when it ships.</mj-text>
${orderLinesTable}
        <mj-text>Subtotal: {{ order.subtotalAmount | money: order.currency }}<br />
          Shipping ({{ order.shippingMethod.name }}): {{ order.shippingAmount | money: order.currency }}<br />
          Tax: {{ order.taxAmount | money: order.currency }}<br />
          <strong>Total: {{ order.totalAmount | money: order.currency }}</strong></mj-text>`),
    text: `Thank you for your order {{ order | order_number }}.

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
    subject: 'Your order {{ order | order_number }} is on its way',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Your order {{ order | order_number }} has shipped</mj-text>
        <mj-text>Carrier: {{ shipment.carrier }}{% if shipment.trackingNumber %}<br />Tracking number: <strong>{{ shipment.trackingNumber }}</strong>{% endif %}</mj-text>
        <mj-text>{{ shipment.itemCount }} item(s) in this parcel.</mj-text>`),
    text: `Your order {{ order | order_number }} has shipped.
Carrier: {{ shipment.carrier }}
{% if shipment.trackingNumber %}Tracking number: {{ shipment.trackingNumber }}
{% endif %}{{ shipment.itemCount }} item(s) in this parcel.
`,
    sampleData: {
      order: { number: 1042, displayNumber: 'AC-1042' },
      shipment: { carrier: 'manual', trackingNumber: '1Z999AA10123456784', itemCount: 4 },
    },
  },
  'return.received': {
    description: 'To the shopper when their return arrived at the warehouse (fulfillment.return.received)',
    subject: 'We received your return for order {{ order | order_number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Your return has arrived</mj-text>
        <mj-text>We received {{ return.itemCount }} item(s) of order {{ order | order_number }}. We will let you know once the refund is issued.</mj-text>`),
    text: `We received {{ return.itemCount }} item(s) of order {{ order | order_number }}.
We will let you know once the refund is issued.
`,
    sampleData: { order: { number: 1042, displayNumber: 'AC-1042' }, return: { itemCount: 1 } },
  },
  'refund.issued': {
    description: 'To the shopper when a return was refunded (fulfillment.return.refunded)',
    subject: 'Your refund for order {{ order | order_number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Your refund is on its way</mj-text>
        <mj-text>We refunded <strong>{{ refund.amount | money: refund.currency }}</strong> for order {{ order | order_number }}.</mj-text>`),
    text: `We refunded {{ refund.amount | money: refund.currency }} for order {{ order | order_number }}.
`,
    sampleData: { order: { number: 1042, displayNumber: 'AC-1042' }, refund: { amount: 2400, currency: 'EUR' } },
  },
  'subscription.payment_failed': {
    description:
      "To the shopper when a subscription's renewal could not be charged: the next try, or that it ended (orders.subscription.payment_failed)",
    subject:
      '{% if subscription.retryAt %}We could not renew your subscription{% else %}Your subscription has ended{% endif %}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">We could not charge your saved payment method</mj-text>
        <mj-text>Renewal {{ subscription.period | number }} of your subscription failed: {{ subscription.reason }}</mj-text>
        <mj-text>{% if subscription.retryAt %}We will try again on {{ subscription.retryAt | datetime }}. Update your payment method in your account before then to keep it going.{% else %}After {{ subscription.attempt | number }} attempts the subscription has been cancelled. You can subscribe again at any time.{% endif %}</mj-text>`),
    text: `Renewal {{ subscription.period | number }} of your subscription failed: {{ subscription.reason }}
{% if subscription.retryAt %}We will try again on {{ subscription.retryAt | datetime }}.{% else %}After {{ subscription.attempt | number }} attempts the subscription has been cancelled.{% endif %}
`,
    sampleData: {
      subscription: {
        period: 3,
        attempt: 1,
        reason: 'The card was declined',
        retryAt: '2026-12-08T09:00:00.000Z',
        status: 'past_due',
      },
    },
  },
  'subscription.renewal_delayed': {
    description:
      "To the shopper when a subscription's renewal waits for stock (first wait), or its period was skipped for it (orders.subscription.renewal_delayed)",
    subject:
      '{% if subscription.skipped %}We skipped a delivery of your subscription{% else %}Your subscription renewal is waiting for stock{% endif %}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">{% if subscription.skipped %}This delivery is skipped{% else %}Your renewal is waiting for stock{% endif %}</mj-text>
        <mj-text>{% if subscription.skipped %}Renewal {{ subscription.period | number }} of your subscription could not be filled in time, so we skipped it: you were not charged. Your next renewal is on {{ subscription.nextRenewalAt | datetime }}.{% else %}Renewal {{ subscription.period | number }} of your subscription is out of stock. You have not been charged; we will try again on {{ subscription.retryAt | datetime }}.{% endif %}</mj-text>`),
    text: `{% if subscription.skipped %}Renewal {{ subscription.period | number }} of your subscription could not be filled in time, so we skipped it: you were not charged. Your next renewal is on {{ subscription.nextRenewalAt | datetime }}.{% else %}Renewal {{ subscription.period | number }} of your subscription is out of stock. You have not been charged; we will try again on {{ subscription.retryAt | datetime }}.{% endif %}
`,
    sampleData: {
      subscription: {
        period: 3,
        wait: 1,
        skipped: false,
        retryAt: '2026-12-08T09:00:00.000Z',
        nextRenewalAt: '2027-01-07T09:00:00.000Z',
      },
    },
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
  'plugin.disabled': {
    description:
      "To the tenant's plugin managers (plugins:write) when the platform disabled a failing plugin (plugins.installation.disabled)",
    subject: 'Plugin disabled: {{ plugin.pluginName }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">A plugin was disabled</mj-text>
        <mj-text>{{ plugin.pluginName }} {{ plugin.version }} was disabled after {{ plugin.failures | number }} failed calls in a row. It no longer runs until you enable it again in Settings → Plugins.</mj-text>
        <mj-text>{{ plugin.reason }}</mj-text>`),
    text: `{{ plugin.pluginName }} {{ plugin.version }} was disabled after {{ plugin.failures | number }} failed calls in a row. It no longer runs until you enable it again in Settings → Plugins.

{{ plugin.reason }}
`,
    sampleData: {
      plugin: {
        pluginName: 'minimum-order-value',
        version: '1.0.0',
        failures: 5,
        reason: 'Disabled after 5 failed calls in a row (last: timeout: the plugin ran past its 50 ms)',
      },
    },
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
  'invoice.issued': {
    description: "To the customer with their order's invoice, its PDF attached (finance.invoice.issued)",
    subject: 'Invoice {{ invoice.number }} for order {{ invoice | order_number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Invoice {{ invoice.number }}</mj-text>
        <mj-text>Hello {{ invoice.buyer.name | default: invoice.buyer.email }}, thank you for order {{ invoice | order_number }}. Your invoice is attached.</mj-text>
        <mj-text><strong>Total: {{ invoice.totalAmount | money: invoice.currency }}</strong>{% if invoice.dueDate %}<br />Due {{ invoice.dueDate | date_only }}{% endif %}</mj-text>
        <mj-text>{{ invoice.seller.legalName | default: invoice.seller.name }}</mj-text>`),
    text: `Invoice {{ invoice.number }}
Hello {{ invoice.buyer.name | default: invoice.buyer.email }}, thank you for order {{ invoice | order_number }}. Your invoice is attached.

Total: {{ invoice.totalAmount | money: invoice.currency }}
{% if invoice.dueDate %}Due {{ invoice.dueDate | date_only }}
{% endif %}
{{ invoice.seller.legalName | default: invoice.seller.name }}
`,
    sampleData: {
      invoice: SAMPLE_INVOICE,
    },
  },
  'credit_note.issued': {
    description:
      'To the customer with a credit note for a refund or return, its PDF attached (finance.credit_note.issued)',
    subject: 'Credit note {{ invoice.number }} for order {{ invoice | order_number }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Credit note {{ invoice.number }}</mj-text>
        <mj-text>Hello {{ invoice.buyer.name | default: invoice.buyer.email }}, we have credited {{ invoice.totalAmount | money: invoice.currency }} against invoice {{ invoice.creditedInvoiceNumber }} (order {{ invoice | order_number }}). The credit note is attached.</mj-text>
        {% if invoice.reason %}<mj-text>{{ invoice.reason }}</mj-text>{% endif %}
        <mj-text>{{ invoice.seller.legalName | default: invoice.seller.name }}</mj-text>`),
    text: `Credit note {{ invoice.number }}
Hello {{ invoice.buyer.name | default: invoice.buyer.email }}, we have credited {{ invoice.totalAmount | money: invoice.currency }} against invoice {{ invoice.creditedInvoiceNumber }} (order {{ invoice | order_number }}). The credit note is attached.
{% if invoice.reason %}{{ invoice.reason }}
{% endif %}
{{ invoice.seller.legalName | default: invoice.seller.name }}
`,
    sampleData: {
      invoice: SAMPLE_CREDIT_NOTE,
    },
  },
  'account.invitation': {
    description:
      'To an invited address (identity: memberInvite, or a sign-up by an address that has an account): the link accepts it',
    subject:
      '{% if ownership %}Confirm your new shop {{ tenantName }}{% else %}You are invited to {{ tenantName }}{% endif %}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">{% if ownership %}Confirm your new shop {{ tenantName }}{% else %}You are invited to {{ tenantName }}{% endif %}</mj-text>
        <mj-text>{% if ownership %}Someone asked to create the shop "{{ tenantName }}" on Unified Commerce OS with this address as its owner.{% else %}You are invited to join "{{ tenantName }}" on Unified Commerce OS as {% if roleNames.size > 0 %}{{ roleNames | join: ', ' }}{% else %}a member{% endif %}.{% endif %}</mj-text>
${button('Accept')}
        <mj-text>{% if hasAccount %}This address already has an account: sign in on that page (or enter your password there) to accept.{% else %}Choose your password on that page to create your account and accept.{% endif %}</mj-text>
        <mj-text font-size="13px" color="#52606d">The link works once and expires in {{ expiresInHours }} hours. If you did not expect this, ignore it: nothing happens until you accept.</mj-text>`),
    text: `{% if ownership %}Someone asked to create the shop "{{ tenantName }}" on Unified Commerce OS with this address as its owner.{% else %}You are invited to join "{{ tenantName }}" on Unified Commerce OS as {% if roleNames.size > 0 %}{{ roleNames | join: ', ' }}{% else %}a member{% endif %}.{% endif %}

Accept: {{ link }}

{% if hasAccount %}This address already has an account: sign in on that page (or enter your password there) to accept.{% else %}Choose your password on that page to create your account and accept.{% endif %}
The link works once and expires in {{ expiresInHours }} hours. If you did not expect this, ignore it: nothing happens until you accept.
`,
    sampleData: {
      tenantName: 'Acme Shop',
      roleNames: ['staff'],
      ownership: false,
      hasAccount: false,
      expiresInHours: 168,
      link: `${SAMPLE_ADMIN}/invitations/accept?token=inv_sample`,
    },
  },
  'account.sign_up': {
    description: 'To the address a new shop was signed up with (identity: tenantCreate): the link creates the account',
    subject: 'Confirm your new shop {{ tenantName }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Confirm your new shop {{ tenantName }}</mj-text>
        <mj-text>Someone — we hope you — signed up for the shop "{{ tenantName }}" on Unified Commerce OS with this address.</mj-text>
${button('Finish creating it')}
        <mj-text>Enter the password you chose when you signed up on that page: your account is created and you are signed in.</mj-text>
        <mj-text font-size="13px" color="#52606d">The link works once and expires in {{ expiresInHours }} hours. If it was not you, ignore this mail: nothing is created and the shop's name is freed.</mj-text>`),
    text: `Someone — we hope you — signed up for the shop "{{ tenantName }}" on Unified Commerce OS with this address.

Finish creating it: {{ link }}

Enter the password you chose when you signed up on that page: your account is created and you are signed in.
The link works once and expires in {{ expiresInHours }} hours. If it was not you, ignore this mail: nothing is created and the shop's name is freed.
`,
    sampleData: {
      tenantName: 'Acme Shop',
      expiresInHours: 48,
      link: `${SAMPLE_ADMIN}/sign-up/complete?token=inv_sample`,
    },
  },
  'account.email_verification': {
    description: 'To a staff account asking to verify its address (identity: emailVerificationRequest)',
    subject: 'Verify your email address',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Verify your email address</mj-text>
        <mj-text>Confirm that this address belongs to your Unified Commerce OS account.</mj-text>
${button('Verify')}
        <mj-text font-size="13px" color="#52606d">The link works once and expires in {{ expiresInHours }} hours. If you did not sign up, ignore it.</mj-text>`),
    text: `Confirm that this address belongs to your Unified Commerce OS account:

Verify: {{ link }}

The link works once and expires in {{ expiresInHours }} hours. If you did not sign up, ignore it.
`,
    sampleData: { expiresInHours: 48, link: `${SAMPLE_ADMIN}/verify-email?token=vfy_sample` },
  },
  'account.password_reset': {
    description: 'To a staff account whose password reset was asked for (identity: passwordResetRequest)',
    subject: 'Reset your password',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Reset your password</mj-text>
        <mj-text>Someone asked to reset the password of your Unified Commerce OS account.</mj-text>
${button('Choose a new password')}
        <mj-text font-size="13px" color="#52606d">The link works once and expires in {{ expiresInMinutes }} minutes; using it signs you out everywhere. If it was not you, ignore this mail: your password stays as it is.</mj-text>`),
    text: `Someone asked to reset the password of your Unified Commerce OS account.

Choose a new password: {{ link }}

The link works once and expires in {{ expiresInMinutes }} minutes; using it signs you out everywhere.
If it was not you, ignore this mail: your password stays as it is.
`,
    sampleData: { expiresInMinutes: 60, link: `${SAMPLE_ADMIN}/reset-password?token=rst_sample` },
  },
  'customer.registration': {
    description:
      'To a shopper who registered at the storefront (identity: customerRegister): the link, or where to sign in if the address has an account',
    subject: 'Your account at {{ shopName }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Your account at {{ shopName }}</mj-text>
{% if existingAccount %}        <mj-text>Someone — we hope you — tried to register at {{ shopName }} with this address, which already has an account there.</mj-text>
        <mj-text><a href="{{ signInUrl }}">Sign in</a> · <a href="{{ forgotPasswordUrl }}">Forgot your password?</a></mj-text>
        <mj-text font-size="13px" color="#52606d">If it was not you, ignore this mail: your account is unchanged.</mj-text>
{% else %}        <mj-text>Confirm your address to finish creating your account at {{ shopName }}.</mj-text>
${button('Confirm')}
        <mj-text>Enter the password you chose when you registered on that page.</mj-text>
        <mj-text font-size="13px" color="#52606d">The link works once and expires in {{ expiresInHours }} hours. If you did not register, ignore this mail: no account is created.</mj-text>
{% endif %}`),
    text: `{% if existingAccount %}Someone — we hope you — tried to register at {{ shopName }} with this address, which already has an account there.

Sign in: {{ signInUrl }}
Forgot your password? {{ forgotPasswordUrl }}

If it was not you, ignore this mail: your account is unchanged.
{% else %}Confirm your address to finish creating your account at {{ shopName }}:

Confirm: {{ link }}

Enter the password you chose when you registered on that page.
The link works once and expires in {{ expiresInHours }} hours. If you did not register, ignore this mail: no account is created.
{% endif %}`,
    sampleData: {
      shopName: 'Acme Shop',
      existingAccount: false,
      signInUrl: `${SAMPLE_SHOP}/account/sign-in`,
      forgotPasswordUrl: `${SAMPLE_SHOP}/account/forgot-password`,
      expiresInHours: 48,
      link: `${SAMPLE_SHOP}/account/verify?token=csu_sample`,
    },
  },
  'customer.password_reset': {
    description:
      "To a shopper whose password reset was asked for at the shop's storefront (identity: customerPasswordResetRequest)",
    subject: 'Reset your password at {{ shopName }}',
    mjml: layout(`        <mj-text font-size="20px" font-weight="bold">Reset your password at {{ shopName }}</mj-text>
        <mj-text>Someone asked to reset the password of your account at {{ shopName }}.</mj-text>
${button('Choose a new password')}
        <mj-text font-size="13px" color="#52606d">The link works once and expires in {{ expiresInMinutes }} minutes; using it signs you out everywhere. If it was not you, ignore this mail: your password stays as it is.</mj-text>`),
    text: `Someone asked to reset the password of your account at {{ shopName }}.

Choose a new password: {{ link }}

The link works once and expires in {{ expiresInMinutes }} minutes; using it signs you out everywhere.
If it was not you, ignore this mail: your password stays as it is.
`,
    sampleData: {
      shopName: 'Acme Shop',
      expiresInMinutes: 60,
      link: `${SAMPLE_SHOP}/account/reset-password?token=crs_sample`,
    },
  },
};
