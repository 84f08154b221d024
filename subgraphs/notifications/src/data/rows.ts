import type {
  Notification as NotificationModel,
  OrderContact as OrderContactModel,
  TemplateOverride as TemplateOverrideModel,
} from '../generated/prisma/client.ts';

/**
 * Rows as the stores return them (camelCase), derived from the Prisma models of
 * prisma/schema.prisma (checked against the migrated database in test/schema-and-models.test.ts). A
 * row leaves out `tenant_id` (row security scopes every statement) and the queue's own columns, and
 * overrides what the code narrows: states as unions.
 */
export type NotificationStatus = 'pending' | 'sending' | 'sent' | 'failed';

export type NotificationRow = Omit<NotificationModel, 'tenantId' | 'data' | 'claimedUntil' | 'status'> & {
  status: NotificationStatus;
};

/** A tenant's template for one key and locale (`text` is the `text_body` column). */
export type TemplateOverrideRow = Pick<
  TemplateOverrideModel,
  'key' | 'locale' | 'subject' | 'mjml' | 'updatedAt' | 'updatedBy'
> & { text: string };

/** What later events about an order need: who placed it, its number, locale and currency. */
export type OrderContact = Pick<
  OrderContactModel,
  'orderId' | 'number' | 'displayNumber' | 'email' | 'locale' | 'currency'
>;
