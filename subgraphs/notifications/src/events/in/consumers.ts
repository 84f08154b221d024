import {
  type DeliveryMeta,
  type EventBus,
  type EventEnvelope,
  idempotentConsumer,
  type Logger,
  type PgUnitOfWork,
  parseEventPayload,
  type Subscription,
} from '@ucos/kit';
import { z } from 'zod';
import { enqueueNotifications } from '../../data/notifications.ts';
import { type OrderContact, orderContact, saveOrderContact } from '../../data/order-contacts.ts';
import { normalizeLocale } from '../../data/templates.ts';
import type { Sql } from '../../db.ts';
import type { RecipientDirectory } from '../../ports/recipients.ts';
import { ACCOUNT_TEMPLATE_KEYS, isTemplateKey, type TemplateKey } from '../../templates/defaults.ts';
import { SEALED } from '../../templates/sealed.ts';
import type { NotificationsEvents } from '../out/notifications-events.ts';

export const NOTIFICATIONS_CONSUMER = 'notifications-mail';

/** Every event that becomes mail, by subject. */
export const CONSUMED_SUBJECTS = [
  'ucos.orders.order.created',
  'ucos.fulfillment.shipment.shipped',
  'ucos.fulfillment.return.received',
  'ucos.fulfillment.return.refunded',
  'ucos.orders.subscription.payment_failed',
  'ucos.orders.subscription.renewal_delayed',
  'ucos.inventory.stock.low',
  'ucos.webhooks.endpoint.disabled',
  'ucos.plugins.installation.disabled',
  'ucos.workflows.notification.requested',
  'ucos.workflows.task.created',
  'ucos.procurement.purchase_order.sent',
  'ucos.finance.invoice.issued',
  'ucos.finance.credit_note.issued',
  'ucos.identity.mail.requested',
];

const uuid = z.guid();
const orderCreated = z.object({
  orderId: uuid,
  number: z.number().int(),
  displayNumber: z.string().nullish(),
  email: z.string().min(3),
  currency: z.string().length(3),
  subtotalAmount: z.number().int(),
  shippingAmount: z.number().int(),
  taxAmount: z.number().int(),
  totalAmount: z.number().int(),
  shippingMethod: z.object({ code: z.string(), name: z.string(), amount: z.number().int() }).nullish(),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number().int(), unitAmount: z.number().int() })),
});
const subscriptionPaymentFailed = z.object({
  subscriptionId: uuid,
  email: z.string().min(3),
  period: z.number().int(),
  attempt: z.number().int(),
  reason: z.string(),
  retryAt: z.string().nullable(),
  status: z.string(),
});
const subscriptionRenewalDelayed = z.object({
  subscriptionId: uuid,
  email: z.string().min(3),
  period: z.number().int(),
  wait: z.number().int(),
  retryAt: z.string().nullable(),
  skipped: z.boolean(),
  nextRenewalAt: z.string(),
});
const shipmentShipped = z.object({
  shipmentId: uuid,
  orderId: uuid,
  carrier: z.string(),
  trackingNumber: z.string().nullable(),
  lines: z.array(z.object({ variantId: uuid, quantity: z.number().int() })),
});
const returnMoved = z.object({
  returnId: uuid,
  orderId: uuid,
  refundAmount: z.number().int().nullable(),
  currency: z.string().length(3).nullable().optional(),
  lines: z.array(z.object({ variantId: uuid, quantity: z.number().int() })),
});
const stockLow = z.object({ variantId: uuid, warehouseId: uuid, available: z.number(), threshold: z.number() });
const endpointDisabled = z.object({
  endpointId: z.string(),
  url: z.string(),
  reason: z.string(),
  failures: z.number().int(),
});
const pluginDisabled = z.object({
  installationId: z.string(),
  pluginName: z.string(),
  version: z.string(),
  reason: z.string(),
  failures: z.number().int(),
});
const notificationRequested = z.object({
  runId: z.string(),
  stepId: z.string(),
  template: z.string(),
  to: z.object({ emails: z.array(z.string()).optional(), scope: z.string().optional() }),
  data: z.record(z.string(), z.unknown()).default({}),
});
const taskCreated = z.object({
  taskId: z.string(),
  runId: z.string(),
  workflowName: z.string(),
  title: z.string(),
  scope: z.string(),
  dueAt: z.string().nullable().optional(),
});

const purchaseOrderSent = z.object({
  purchaseOrderId: uuid,
  number: z.string(),
  email: z.string().min(3),
  purchaseOrder: z.object({
    number: z.string(),
    buyerName: z.string(),
    supplierName: z.string(),
    currency: z.string().length(3),
    expectedAt: z.string().nullable(),
    totalAmount: z.number().int(),
    lines: z.array(
      z.object({ sku: z.string(), description: z.string(), quantity: z.number().int(), unitAmount: z.number().int() }),
    ),
  }),
});

/** Finance's issued invoice or credit note: whom to mail, in which locale, and the document (rendered by invoice-pdf.ts). */
const documentIssued = z.object({
  number: z.string(),
  email: z.string().min(3),
  locale: z.string().nullable(),
  invoice: z.object({ number: z.string(), kind: z.enum(['invoice', 'credit_note']) }).passthrough(),
});

/** Identity's account mail: its template, the address, what the template shows, the one-time link sealed. */
const mailRequested = z.object({
  template: z.enum(ACCOUNT_TEMPLATE_KEYS),
  to: z.string(),
  locale: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  sealedLink: z.string().nullable(),
});

/** What one event becomes: the template, the data it renders and who receives it. */
interface Planned {
  template: TemplateKey;
  recipients: string[];
  data: Record<string, unknown>;
  locale: string;
}

const itemCount = (lines: { quantity: number }[]) => lines.reduce((sum, line) => sum + line.quantity, 0);

export interface ConsumerDeps {
  directory: RecipientDirectory;
  defaultLocale: string;
  log: Logger;
}

/** Staff recipients, asked of identity before the unit of work opens (no remote call inside a transaction). */
async function staffRecipients(deps: ConsumerDeps, envelope: EventEnvelope): Promise<string[] | null> {
  const tenantId = envelope.tenantId;
  switch (envelope.type) {
    case 'inventory.stock.low':
      return deps.directory.emailsWithScope(tenantId, 'inventory:adjust');
    case 'webhooks.endpoint.disabled':
      return deps.directory.emailsWithScope(tenantId, 'workflows:manage');
    case 'plugins.installation.disabled':
      return deps.directory.emailsWithScope(tenantId, 'plugins:write');
    case 'workflows.task.created':
      return deps.directory.emailsWithScope(tenantId, parseEventPayload(taskCreated, envelope).scope);
    case 'workflows.notification.requested': {
      const { to } = parseEventPayload(notificationRequested, envelope);
      return to.scope ? deps.directory.emailsWithScope(tenantId, to.scope) : [];
    }
    default:
      return null;
  }
}

/** Turns one event into notifications (and the order read model), in the consumer's unit of work. */
export async function planNotifications(
  sql: Sql,
  envelope: EventEnvelope,
  deps: ConsumerDeps,
  staff: string[] | null,
): Promise<Planned | null> {
  const tenantId = envelope.tenantId;
  const locale = deps.defaultLocale;
  const contactOf = async (orderId: string) => {
    const contact = await orderContact(sql, orderId);
    // the order's created event comes first on its own subject; until it is here, retry
    if (!contact) throw new Error(`order ${orderId} is not known to notifications yet; retry`);
    return contact;
  };
  /** mail to the order's shopper, in the order's locale */
  const toShopper = (contact: OrderContact, template: TemplateKey, data: Planned['data']): Planned => ({
    template,
    recipients: [contact.email],
    locale: contact.locale,
    data,
  });
  /** an alert to the staff members `staffRecipients` found, in the tenant's locale */
  const toStaff = (template: TemplateKey, data: Planned['data']): Planned => ({
    template,
    recipients: staff ?? [],
    locale,
    data,
  });
  switch (envelope.type) {
    case 'orders.order.created': {
      const order = parseEventPayload(orderCreated, envelope);
      await saveOrderContact(sql, tenantId, {
        orderId: order.orderId,
        number: order.number,
        displayNumber: order.displayNumber ?? null,
        email: order.email,
        locale,
        currency: order.currency,
      });
      return { template: 'order.confirmation', recipients: [order.email], data: { order }, locale };
    }
    case 'fulfillment.shipment.shipped': {
      const shipment = parseEventPayload(shipmentShipped, envelope);
      const contact = await contactOf(shipment.orderId);
      return toShopper(contact, 'shipment.sent', {
        order: { number: contact.number, displayNumber: contact.displayNumber, currency: contact.currency },
        shipment: {
          carrier: shipment.carrier,
          trackingNumber: shipment.trackingNumber,
          itemCount: itemCount(shipment.lines),
        },
      });
    }
    case 'fulfillment.return.received': {
      const moved = parseEventPayload(returnMoved, envelope);
      const contact = await contactOf(moved.orderId);
      return toShopper(contact, 'return.received', {
        order: { number: contact.number, displayNumber: contact.displayNumber },
        return: { itemCount: itemCount(moved.lines) },
      });
    }
    case 'fulfillment.return.refunded': {
      const moved = parseEventPayload(returnMoved, envelope);
      const contact = await contactOf(moved.orderId);
      return toShopper(contact, 'refund.issued', {
        order: { number: contact.number, displayNumber: contact.displayNumber },
        refund: { amount: moved.refundAmount ?? 0, currency: moved.currency ?? contact.currency },
      });
    }
    case 'orders.subscription.payment_failed': {
      const failed = parseEventPayload(subscriptionPaymentFailed, envelope);
      return {
        template: 'subscription.payment_failed',
        recipients: [failed.email],
        locale,
        data: {
          subscription: {
            period: failed.period,
            attempt: failed.attempt,
            reason: failed.reason,
            retryAt: failed.retryAt,
            status: failed.status,
          },
        },
      };
    }
    case 'orders.subscription.renewal_delayed': {
      const delayed = parseEventPayload(subscriptionRenewalDelayed, envelope);
      // one mail when the wait starts and one if the period is skipped, not one per daily retry
      if (delayed.wait > 1 && !delayed.skipped) return null;
      return {
        template: 'subscription.renewal_delayed',
        recipients: [delayed.email],
        locale,
        data: {
          subscription: {
            period: delayed.period,
            wait: delayed.wait,
            skipped: delayed.skipped,
            retryAt: delayed.retryAt,
            nextRenewalAt: delayed.nextRenewalAt,
          },
        },
      };
    }
    case 'inventory.stock.low':
      return toStaff('stock.low', { stock: parseEventPayload(stockLow, envelope) });
    case 'webhooks.endpoint.disabled':
      return toStaff('webhook.endpoint_disabled', { endpoint: parseEventPayload(endpointDisabled, envelope) });
    case 'plugins.installation.disabled':
      return toStaff('plugin.disabled', { plugin: parseEventPayload(pluginDisabled, envelope) });
    case 'workflows.task.created':
      return toStaff('approval.requested', { task: parseEventPayload(taskCreated, envelope) });
    case 'procurement.purchase_order.sent': {
      // the supplier gets the order, its PDF attached (templates/attachments.ts)
      const sent = parseEventPayload(purchaseOrderSent, envelope);
      return {
        template: 'purchase_order.sent',
        recipients: [sent.email],
        locale,
        data: { purchaseOrder: sent.purchaseOrder },
      };
    }
    case 'finance.invoice.issued':
    case 'finance.credit_note.issued': {
      // the customer gets the document, its PDF attached (templates/attachments.ts)
      const issued = parseEventPayload(documentIssued, envelope);
      return {
        template: envelope.type === 'finance.invoice.issued' ? 'invoice.issued' : 'credit_note.issued',
        recipients: [issued.email],
        locale: (issued.locale && normalizeLocale(issued.locale)) || locale,
        data: { invoice: issued.invoice },
      };
    }
    case 'workflows.notification.requested': {
      const request = parseEventPayload(notificationRequested, envelope);
      const template = isTemplateKey(request.template) ? request.template : 'workflow.message';
      const requestedLocale = typeof request.data.locale === 'string' ? request.data.locale : locale;
      return {
        template,
        recipients: [...(request.to.emails ?? []), ...(staff ?? [])],
        locale: requestedLocale,
        data: { ...request.data, data: request.data },
      };
    }
    case 'identity.mail.requested': {
      const mail = parseEventPayload(mailRequested, envelope);
      return {
        template: mail.template,
        recipients: [mail.to],
        locale: (mail.locale && normalizeLocale(mail.locale)) || locale,
        // stored sealed: only the sender opens it, for the render (never logged, never in the API)
        data: { ...mail.data, ...(mail.sealedLink ? { [SEALED]: { link: mail.sealedLink } } : {}) },
      };
    }
    default:
      return null;
  }
}

/** The consumer's handler (one delivery of one event); `subscribeNotificationEvents` subscribes it. */
export function notificationEventHandler(
  unitOfWork: PgUnitOfWork<NotificationsEvents, string | null>,
  deps: ConsumerDeps,
  consumer = NOTIFICATIONS_CONSUMER,
) {
  return async (envelope: EventEnvelope, meta: DeliveryMeta): Promise<void> => {
    const staff = await staffRecipients(deps, envelope);
    const apply = idempotentConsumer<NotificationsEvents>({
      unitOfWork,
      consumer,
      handle: async (event, sql) => {
        const planned = await planNotifications(sql, event as EventEnvelope, deps, staff);
        if (!planned) return;
        if (planned.recipients.length === 0) {
          deps.log.warn({ eventId: event.id, type: event.type }, 'notification event without recipients');
          return;
        }
        await enqueueNotifications(sql, event.tenantId, {
          eventId: event.id,
          eventType: event.type,
          template: planned.template,
          locale: planned.locale,
          recipients: planned.recipients,
          data: planned.data,
        });
      },
    });
    await apply(envelope, meta);
  };
}

/**
 * The events that become mail, as one durable consumer on the unit of work: the event is marked
 * processed in the same transaction that writes its pending notifications (and the order read
 * model), so a redelivery adds nothing and a failure rolls back for the bus to retry. Nothing is
 * sent here: the sender (sender.ts) delivers what this commits.
 */
export function subscribeNotificationEvents(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<NotificationsEvents, string | null>,
  deps: ConsumerDeps,
  consumer = NOTIFICATIONS_CONSUMER,
): Promise<Subscription> {
  return bus.subscribe({
    consumer,
    subjects: CONSUMED_SUBJECTS,
    handler: notificationEventHandler(unitOfWork, deps, consumer),
  });
}
