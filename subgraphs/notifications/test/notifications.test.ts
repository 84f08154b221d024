import { randomUUID } from 'node:crypto';
import {
  assertTenantTablesProtected,
  createLogger,
  type EventBus,
  fail,
  OutboxRelay,
  ok,
  payloadError,
  pgUnitOfWork,
} from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDERS_EVENTS } from '../../orders/src/events/out/order-events.ts';
import { claimDue } from '../src/data/notifications.ts';
import { notificationEventHandler } from '../src/events/in/consumers.ts';
import {
  auditor,
  createTestDatabase,
  domainEvent,
  MIGRATIONS,
  type NotificationsHarness,
  newBus,
  settingsAdmin,
  startNotifications,
  waitFor,
} from './harness.ts';

const ORDERS_MIGRATIONS = new URL('../../orders/migrations/', import.meta.url);

let db: TestDatabase;
let bus: EventBus;
let h: NotificationsHarness;
const tenantA = randomUUID();
const tenantB = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase([
    { schema: 'notifications', directory: MIGRATIONS },
    { schema: 'orders', directory: ORDERS_MIGRATIONS },
  ]);
  bus = newBus();
  h = await startNotifications(db, bus);
  h.directory.set(tenantA, 'inventory:adjust', ['stock@a.example', 'owner@a.example']);
  h.directory.set(tenantA, 'workflows:manage', ['admin@a.example']);
  h.directory.set(tenantA, 'plugins:write', ['plugins@a.example']);
  h.directory.set(tenantA, 'procurement:approve', ['approver@a.example']);
  h.directory.set(tenantA, 'orders:manage', ['ops@a.example']);
}, 60_000);

afterAll(async () => {
  await h?.close();
  await bus?.close();
  await db?.drop();
});

/** Publishes tenant A's event of `type` about a new aggregate, its id also in the payload as `idField`; the id. */
async function publishNew(type: string, idField: string, payload: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  await bus.publish(domainEvent(tenantA, type, id, { [idField]: id, ...payload }));
  return id;
}

const orderPayload = (overrides: Record<string, unknown> = {}) => ({
  orderId: randomUUID(),
  number: 1042,
  customerId: null,
  actor: null,
  email: `shopper-${randomUUID().slice(0, 8)}@example.com`,
  currency: 'EUR',
  subtotalAmount: 4590,
  shippingAmount: 490,
  taxAmount: 965,
  totalAmount: 6045,
  shippingMethod: { code: 'standard', name: 'Standard', amount: 490 },
  shippingAddress: { name: 'Sam Shopper', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' },
  lines: [
    {
      lineId: randomUUID(),
      variantId: randomUUID(),
      sku: 'MUG-BLUE',
      title: 'Blue mug',
      quantity: 3,
      unitAmount: 1200,
    },
    { lineId: randomUUID(), variantId: randomUUID(), sku: 'TEE-M', title: 'T-shirt M', quantity: 1, unitAmount: 990 },
  ],
  ...overrides,
});

async function placeOrder(tenantId: string, overrides: Record<string, unknown> = {}) {
  const order = orderPayload(overrides);
  await bus.publish(domainEvent(tenantId, 'orders.order.created', order.orderId, order));
  return order;
}

const statusOf = async (tenantId: string, email: string) => {
  const result = await h.call<{
    notifications: { edges: { node: { status: string; attempts: number; error: string | null } }[] };
  }>(
    `query ($recipient: String) { notifications(first: 10, filter: { recipient: $recipient }) { edges { node { status attempts error } } } }`,
    { recipient: email },
    auditor(tenantId),
  );
  return result.data?.notifications.edges.map((edge) => edge.node) ?? [];
};

describe('notifications', () => {
  it('protects its tenant tables', async () => {
    await assertTenantTablesProtected(db.adminUrl, 'notifications');
  });

  it('mails the order confirmation with money in the locale and currency of the order', async () => {
    const order = await placeOrder(tenantA);
    const mail = await h.smtp.waitFor(order.email, /Your order #1042/);
    expect(mail.text).toContain('3 × MUG-BLUE  €36.00');
    expect(mail.text).toContain('Total: €60.45');
    expect(mail.html).toContain('€60.45');
    expect(mail.html).toMatch(/<!doctype html>/i);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@notifications\.ucos>$/);

    const yen = await placeOrder(tenantA, { currency: 'JPY', totalAmount: 1200, number: 7 });
    const yenMail = await h.smtp.waitFor(yen.email, /Your order #7/);
    expect(yenMail.text).toContain('Total: ¥1,200');
  });

  it('mails shipment (with tracking), return received and refund issued to the order email', async () => {
    const order = await placeOrder(tenantA, { number: 2001 });
    await h.smtp.waitFor(order.email, /#2001/);
    const variantId = randomUUID();
    await publishNew('fulfillment.shipment.shipped', 'shipmentId', {
      orderId: order.orderId,
      warehouseId: null,
      carrier: 'manual',
      trackingNumber: 'TRACK-123',
      status: 'shipped',
      from: 'packed',
      lines: [{ variantId, quantity: 3 }],
    });
    const shipped = await h.smtp.waitFor(order.email, /is on its way/);
    expect(shipped.text).toContain('Tracking number: TRACK-123');
    expect(shipped.text).toContain('3 item(s)');

    const returnId = randomUUID();
    const returned = {
      returnId,
      orderId: order.orderId,
      status: 'received',
      warehouseId: null,
      refundAmount: 2400,
      from: 'approved',
      currency: 'EUR',
      lines: [{ variantId, quantity: 2, warehouseId: null }],
    };
    await bus.publish(domainEvent(tenantA, 'fulfillment.return.received', returnId, returned));
    const received = await h.smtp.waitFor(order.email, /We received your return/);
    expect(received.text).toContain('2 item(s) of order #2001');
    await bus.publish(
      domainEvent(tenantA, 'fulfillment.return.refunded', returnId, { ...returned, status: 'refunded' }),
    );
    const refunded = await h.smtp.waitFor(order.email, /Your refund/);
    expect(refunded.text).toContain('We refunded €24.00 for order #2001');
  });

  it("mails a subscription's failed renewal to its email: the next try, then that it ended", async () => {
    const subscriptionId = randomUUID();
    const email = `subscriber-${subscriptionId.slice(0, 8)}@example.com`;
    const failed = {
      subscriptionId,
      customerId: randomUUID(),
      email,
      period: 3,
      attempt: 1,
      reason: 'The saved card was declined',
      retryAt: '2030-01-02T09:00:00.000Z',
      status: 'past_due',
    };
    await bus.publish(domainEvent(tenantA, 'orders.subscription.payment_failed', subscriptionId, failed));
    const retry = await h.smtp.waitFor(email, /We could not renew your subscription/);
    expect(retry.text).toContain('Renewal 3 of your subscription failed: The saved card was declined');
    expect(retry.text).toContain('We will try again on');
    await bus.publish(
      domainEvent(tenantA, 'orders.subscription.payment_failed', subscriptionId, {
        ...failed,
        attempt: 4,
        retryAt: null,
        status: 'cancelled',
      }),
    );
    const ended = await h.smtp.waitFor(email, /Your subscription has ended/);
    expect(ended.text).toContain('After 4 attempts the subscription has been cancelled.');
  });

  it("mails a renewal's wait for stock once (not every retry), then that its period was skipped", async () => {
    const subscriptionId = randomUUID();
    const email = `waiting-${subscriptionId.slice(0, 8)}@example.com`;
    const delayed = (wait: number, skipped: boolean) =>
      domainEvent(tenantA, 'orders.subscription.renewal_delayed', subscriptionId, {
        subscriptionId,
        customerId: randomUUID(),
        email,
        period: 2,
        wait,
        reason: 'Out of stock: not enough stock',
        retryAt: skipped ? null : '2030-01-02T09:00:00.000Z',
        skipped,
        nextRenewalAt: '2030-02-01T09:00:00.000Z',
      });
    await bus.publish(delayed(1, false));
    const waiting = await h.smtp.waitFor(email, /Your subscription renewal is waiting for stock/);
    expect(waiting.text).toContain('You have not been charged; we will try again on');
    await bus.publish(delayed(2, false));
    await bus.publish(delayed(3, true));
    const skipped = await h.smtp.waitFor(email, /We skipped a delivery of your subscription/);
    expect(skipped.text).toContain('so we skipped it: you were not charged. Your next renewal is on');
    // the second wait mailed nothing: the two mails are all this subscription got
    expect(h.smtp.received.filter((message) => message.raw.includes(email))).toHaveLength(2);
  });

  it("quotes the shop's prefixed order number from the order's events in every order mail", async () => {
    const order = await placeOrder(tenantA, { number: 2002, displayNumber: 'AC-2002' });
    const confirmation = await h.smtp.waitFor(order.email, /Your order AC-2002/);
    expect(confirmation.text).toContain('Thank you for your order AC-2002.');
    await publishNew('fulfillment.shipment.shipped', 'shipmentId', {
      orderId: order.orderId,
      warehouseId: null,
      carrier: 'manual',
      trackingNumber: null,
      status: 'shipped',
      from: 'packed',
      lines: [{ variantId: randomUUID(), quantity: 1 }],
    });
    const shipped = await h.smtp.waitFor(order.email, /Your order AC-2002 is on its way/);
    expect(shipped.text).toContain('Your order AC-2002 has shipped.');
  });

  it('mails low stock to the inventory managers, a disabled endpoint and plugin to the admins, approvals to the scope', async () => {
    await publishNew('inventory.stock.low', 'variantId', {
      warehouseId: randomUUID(),
      available: 1234,
      threshold: 1500,
    });
    for (const to of ['stock@a.example', 'owner@a.example']) {
      const mail = await h.smtp.waitFor(to, /Low stock: 1234 left/);
      expect(mail.text).toContain('1,234 unit(s)');
    }

    await publishNew('webhooks.endpoint.disabled', 'endpointId', {
      url: 'https://hooks.example/x',
      reason: 'HTTP 500',
      failures: 20,
    });
    const disabled = await h.smtp.waitFor('admin@a.example', /Webhook endpoint disabled/);
    expect(disabled.text).toContain('https://hooks.example/x was disabled after 20 failed deliveries: HTTP 500.');

    await publishNew('plugins.installation.disabled', 'installationId', {
      pluginId: randomUUID(),
      pluginName: 'minimum-order-value',
      version: '1.0.0',
      reason: 'Disabled after 5 failed calls in a row (last: error: boom)',
      failures: 5,
    });
    const plugin = await h.smtp.waitFor('plugins@a.example', /Plugin disabled: minimum-order-value/);
    expect(plugin.text).toContain('minimum-order-value 1.0.0 was disabled after 5 failed calls in a row.');

    await publishNew('workflows.task.created', 'taskId', {
      runId: randomUUID(),
      workflowName: 'Purchase approval',
      title: 'Approve PO-7',
      scope: 'procurement:approve',
      dueAt: '2026-12-04T17:00:00.000Z',
    });
    const approval = await h.smtp.waitFor('approver@a.example', /Approval requested: Approve PO-7/);
    expect(approval.text).toContain('waits for your approval by Dec 4, 2026, 5:00 PM');
  });

  it("renders a workflow's notify step with its data, to its addresses and its scope", async () => {
    await publishNew('workflows.notification.requested', 'runId', {
      stepId: 'notify-ops',
      template: 'workflow.message',
      to: { emails: ['boss@a.example'], scope: 'orders:manage' },
      data: { subject: 'Big order', message: 'Order 99 needs a look', orderNumber: 99 },
    });
    for (const to of ['boss@a.example', 'ops@a.example']) {
      const mail = await h.smtp.waitFor(to, /^Big order$/);
      expect(mail.text).toContain('Order 99 needs a look');
      expect(mail.text).toContain('orderNumber: 99');
    }
  });

  it('mails the supplier when procurement sends a purchase order, with its PDF', async () => {
    await publishNew('procurement.purchase_order.sent', 'purchaseOrderId', {
      number: 'PO-000321',
      supplierId: randomUUID(),
      email: 'sales@globex.example',
      purchaseOrder: {
        number: 'PO-000321',
        buyerName: 'Shop A',
        supplierName: 'Globex',
        currency: 'USD',
        expectedAt: '2027-02-01',
        totalAmount: 12500,
        lines: [{ sku: 'GX-9', description: 'Gizmo', quantity: 5, unitAmount: 2500 }],
      },
    });
    const mail = await h.smtp.waitFor('sales@globex.example', /Purchase order PO-000321 from Shop A/);
    expect(mail.text).toContain('5 × GX-9 at $25.00');
    expect(mail.raw).toMatch(/Content-Type: application\/pdf; name=PO-000321\.pdf/);
  });

  it("mails the customer finance's invoice and credit note, each with its PDF", async () => {
    const invoice = {
      kind: 'invoice',
      number: 'INV-2026-000123',
      creditedInvoiceNumber: null,
      reason: null,
      orderNumber: 1042,
      currency: 'EUR',
      issueDate: '2026-12-04',
      dueDate: '2026-12-18',
      seller: { name: 'Shop A', legalName: 'Shop A GmbH', address: 'Hauptstr. 1', taxId: 'DE1' },
      buyer: { name: 'Sam Shopper', email: 'sam@invoice.example', address: null },
      lines: [
        { sku: 'MUG-BLUE', title: 'Blue mug', quantity: 1, unitAmount: 1000, lineAmount: 1000, taxRateBps: 1900 },
      ],
      subtotalAmount: 1000,
      discountAmount: 0,
      shippingAmount: 0,
      taxAmount: 190,
      totalAmount: 1190,
      taxBreakdown: [{ rateBps: 1900, baseAmount: 1000, taxAmount: 190 }],
    };
    const invoiceId = await publishNew('finance.invoice.issued', 'invoiceId', {
      number: invoice.number,
      orderId: randomUUID(),
      orderNumber: 1042,
      email: 'sam@invoice.example',
      locale: null,
      invoice,
    });
    const mail = await h.smtp.waitFor('sam@invoice.example', /^Invoice INV-2026-000123 for order #1042$/);
    expect(mail.text).toContain('Total: €11.90');
    expect(mail.raw).toMatch(/Content-Type: application\/pdf; name=INV-2026-000123\.pdf/);
    await publishNew('finance.credit_note.issued', 'creditNoteId', {
      invoiceId,
      invoiceNumber: invoice.number,
      number: 'CN-2026-000009',
      orderId: randomUUID(),
      orderNumber: 1042,
      email: 'sam@invoice.example',
      locale: 'de',
      invoice: { ...invoice, kind: 'credit_note', number: 'CN-2026-000009', creditedInvoiceNumber: invoice.number },
    });
    const credit = await h.smtp.waitFor('sam@invoice.example', /^Credit note CN-2026-000009/);
    expect(credit.text).toContain('11,90');
    expect(credit.raw).toMatch(/Content-Type: application\/pdf; name=CN-2026-000009\.pdf/);
  });

  it('renders a purchase order document as the PDF the admin prints, for procurement staff only', async () => {
    const query = `query ($document: String!) { purchaseOrderPdf(document: $document) }`;
    const document = JSON.stringify({
      number: 'PO-000007',
      supplierName: 'Globex',
      currency: 'EUR',
      totalAmount: 100,
      lines: [],
    });
    const buyer = { kind: 'user' as const, subject: randomUUID(), tenantId: tenantA, scopes: ['procurement:manage'] };
    const answer = await h.call(query, { document }, buyer);
    expect(
      Buffer.from(answer.data?.purchaseOrderPdf ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const refused = await h.call(query, { document }, { ...buyer, scopes: ['orders:read'] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const broken = await h.call(query, { document: 'not json' }, buyer);
    expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sends a purchase order to its supplier with the order as a PDF', async () => {
    await publishNew('workflows.notification.requested', 'runId', {
      stepId: 'send-po',
      template: 'purchase_order.sent',
      to: { emails: ['orders@supplier.example'] },
      data: {
        purchaseOrder: {
          number: 'PO-0099',
          buyerName: 'Shop A',
          supplierName: 'Mugs & Co',
          currency: 'EUR',
          totalAmount: 36000,
          lines: [{ sku: 'MUG-BLUE', quantity: 60, unitAmount: 600 }],
        },
      },
    });
    const mail = await h.smtp.waitFor('orders@supplier.example', /Purchase order PO-0099 from Shop A/);
    expect(mail.text).toContain('60 × MUG-BLUE at €6.00');
    expect(mail.raw).toMatch(/Content-Type: application\/pdf; name=PO-0099\.pdf/);
    const pdf = /Content-Disposition: attachment; filename=PO-0099\.pdf\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(
      mail.raw,
    )?.[1];
    expect(
      Buffer.from(pdf ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it("uses the tenant's override, and only for that tenant", async () => {
    const upsert = await h.call(
      `mutation ($input: NotificationTemplateUpsertInput!) {
         notificationTemplateUpsert(input: $input) { template { key locale overridden subject } errors { code field message } } }`,
      {
        input: {
          key: 'order.confirmation',
          locale: 'en',
          subject: 'Thanks from Shop A, order {{ order.number }}',
          mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>A: {{ order.totalAmount | money: order.currency }}</mj-text></mj-column></mj-section></mj-body></mjml>',
          text: 'Shop A total {{ order.totalAmount | money: order.currency }}',
        },
      },
      settingsAdmin(tenantA),
    );
    expect(upsert.data?.notificationTemplateUpsert).toEqual({
      template: {
        key: 'order.confirmation',
        locale: 'en',
        overridden: true,
        subject: 'Thanks from Shop A, order {{ order.number }}',
      },
      errors: [],
    });
    const a = await placeOrder(tenantA, { number: 3001 });
    const mailA = await h.smtp.waitFor(a.email, /Thanks from Shop A, order 3001/);
    expect(mailA.text).toContain('Shop A total €60.45');

    const b = await placeOrder(tenantB, { number: 3001 });
    const mailB = await h.smtp.waitFor(b.email, /Your order #3001/);
    expect(mailB.text).not.toContain('Shop A');

    const listB = await h.call(
      `{ notificationTemplates(locale: "en") { key overridden } }`,
      {},
      settingsAdmin(tenantB),
    );
    expect(
      listB.data?.notificationTemplates.find((t: { key: string }) => t.key === 'order.confirmation').overridden,
    ).toBe(false);

    // the log: tenant B sees its own mail only
    const logB = await h.call(
      `{ notifications(first: 50) { totalCount edges { node { recipient template status } } } }`,
      {},
      auditor(tenantB),
    );
    expect(logB.errors).toBeUndefined();
    expect(logB.data?.notifications.edges.map((edge: { node: { recipient: string } }) => edge.node.recipient)).toEqual([
      b.email,
    ]);
    const logAsB = await statusOf(tenantB, a.email);
    expect(logAsB).toEqual([]);

    const reset = await h.call(
      `mutation { notificationTemplateReset(input: { key: "order.confirmation", locale: "en" }) { template { overridden subject } errors { code } } }`,
      {},
      settingsAdmin(tenantA),
    );
    expect(reset.data?.notificationTemplateReset.template).toEqual({
      overridden: false,
      subject: 'Your order {{ order | order_number }}',
    });
  });

  it('refuses an invalid template with the parser position, and previews with problems', async () => {
    const result = await h.call(
      `mutation ($input: NotificationTemplateUpsertInput!) {
         notificationTemplateUpsert(input: $input) { template { key } errors { code field message } } }`,
      {
        input: {
          key: 'shipment.sent',
          locale: 'en',
          subject: 'ok',
          mjml: '<mjml>\n  <mj-body>\n    {% if shipment %}\n  </mj-body>\n</mjml>',
          text: 'fine',
        },
      },
      settingsAdmin(tenantA),
    );
    expect(result.data?.notificationTemplateUpsert.template).toBeNull();
    expect(result.data?.notificationTemplateUpsert.errors).toEqual([
      {
        code: 'INVALID_TEMPLATE',
        field: ['input', 'mjml'],
        message: 'mjml (line 3, column 5): tag {% if shipment %} not closed',
      },
    ]);

    const unknown = await h.call(
      `mutation { notificationTemplateUpsert(input: { key: "nope", locale: "en", subject: "s", mjml: "m", text: "t" }) { errors { code field } } }`,
      {},
      settingsAdmin(tenantA),
    );
    expect(unknown.data?.notificationTemplateUpsert.errors).toEqual([
      { code: 'UNKNOWN_TEMPLATE', field: ['input', 'key'] },
    ]);

    const preview = await h.call(
      `query ($draft: NotificationTemplateDraftInput) {
         notificationTemplatePreview(key: "refund.issued", locale: "de", draft: $draft) { subject text html problems { part line column message } } }`,
      {
        draft: {
          subject: 'Erstattung',
          mjml: '<mjml><mj-body></mj-body></mjml>',
          text: 'Betrag {{ refund.amount | money: refund.currency }} {{ x | nofilter }}',
        },
      },
      settingsAdmin(tenantA),
    );
    expect(preview.data?.notificationTemplatePreview.problems).toEqual([
      { part: 'TEXT', line: 1, column: 53, message: 'undefined filter: nofilter' },
    ]);

    const german = await h.call(
      `{ notificationTemplatePreview(key: "refund.issued", locale: "de") { subject text html problems { message } } }`,
      {},
      settingsAdmin(tenantA),
    );
    expect(german.data?.notificationTemplatePreview.text).toMatch(/24,00\s€/);
    expect(german.data?.notificationTemplatePreview.html).toContain('24,00');

    const forbidden = await h.call(`{ notificationTemplates { key } }`, {}, auditor(tenantA));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('retries through a mail outage and sends once', async () => {
    h.smtp.failing(true);
    const order = await placeOrder(tenantA, { number: 4001 });
    try {
      const failed = await waitFor(async () => {
        const rows = await statusOf(tenantA, order.email);
        return rows[0] && rows[0].attempts >= 1 && rows[0].status === 'PENDING' && rows[0].error ? rows[0] : null;
      });
      expect(failed.error).toMatch(/test outage/);
    } finally {
      h.smtp.failing(false);
    }
    await h.smtp.waitFor(order.email, /#4001/);
    const sent = await waitFor(async () => {
      const rows = await statusOf(tenantA, order.email);
      return rows[0]?.status === 'SENT' ? rows[0] : null;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.smtp.received.filter((mail) => mail.to.includes(order.email))).toHaveLength(1);
  });

  it('sends one mail for an event delivered twice', async () => {
    const order = orderPayload({ number: 5001 });
    const event = domainEvent(tenantA, 'orders.order.created', order.orderId, order);
    const handler = notificationEventHandler(h.worker.unitOfWork(null), {
      directory: h.directory,
      defaultLocale: 'en',
      log: createLogger('test', 'silent'),
    });
    // a redelivery after a lost ack reaches the handler again
    await handler(event, { deliveryCount: 1, consumer: 'notifications-mail', subject: 'ucos.orders.order.created' });
    await handler(event, { deliveryCount: 2, consumer: 'notifications-mail', subject: 'ucos.orders.order.created' });
    await bus.publish(event);
    await h.smtp.waitFor(order.email, /#5001/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.smtp.received.filter((mail) => mail.to.includes(order.email))).toHaveLength(1);
    expect(await statusOf(tenantA, order.email)).toHaveLength(1);
  });

  it('a rolled-back producer transaction sends nothing; the committed one sends', async () => {
    const ordersPool = db.servicePool('orders');
    const relay = new OutboxRelay({ pool: ordersPool, schema: 'orders', bus, logger: createLogger('relay', 'silent') });
    relay.start();
    try {
      const orders = pgUnitOfWork(ordersPool, tenantA, { schema: 'orders', events: ORDERS_EVENTS, relay });
      const rolledBack = orderPayload({ number: 6001 });
      const committed = orderPayload({ number: 6002 });
      const failed = await orders.tx(async (_sql, tx) => {
        await tx.emit('orders.order.created', rolledBack.orderId, rolledBack);
        return fail(payloadError('PAYMENT_DECLINED', 'declined'));
      });
      expect(failed.ok).toBe(false);
      const done = await orders.tx(async (_sql, tx) => {
        await tx.emit('orders.order.created', committed.orderId, committed);
        return ok(null);
      });
      expect(done.ok).toBe(true);
      await h.smtp.waitFor(committed.email, /#6002/);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(h.smtp.received.filter((mail) => mail.to.includes(rolledBack.email))).toHaveLength(0);
      expect(await statusOf(tenantA, rolledBack.email)).toEqual([]);
    } finally {
      await relay.stop();
    }
  });

  it('a sender that dies between send and mark: the lease runs out, the retry carries the same Message-ID', async () => {
    await h.worker.sender.stop();
    try {
      const order = await placeOrder(tenantA, { number: 7001 });
      const pool = h.worker.pool;
      const [claim] = await waitFor(async () => {
        const claims = await claimDue(pool, 1, 1);
        return claims.length > 0 ? claims : null;
      });
      expect(claim?.recipient).toBe(order.email);
      // the dead sender had sent it with its id as Message-ID, and never marked it
      await h.worker.mailer.send({
        to: order.email,
        subject: 'first send',
        text: 'x',
        messageId: `<${claim?.id}@notifications.ucos>`,
      });
      h.worker.sender.start();
      const again = await h.smtp.waitFor(order.email, /#7001/, { timeoutMs: 10_000 });
      expect(again.messageId).toBe(`<${claim?.id}@notifications.ucos>`);
      const rows = await waitFor(async () => {
        const found = await statusOf(tenantA, order.email);
        return found[0]?.status === 'SENT' ? found : null;
      });
      expect(rows[0]?.attempts).toBe(2);
    } finally {
      h.worker.sender.start();
    }
  });
});
