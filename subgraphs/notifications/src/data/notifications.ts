import {
  type Connection,
  type CURSOR_KEYS,
  type Keyed,
  type KeysetCondition,
  keysetPage,
  ok,
  type Page,
  queryEveryDatabase,
} from '@ucos/kit';
import type pg from 'pg';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { TemplateKey } from '../templates/defaults.ts';
import type { NotificationRow, NotificationStatus } from './rows.ts';

export type { NotificationRow, NotificationStatus } from './rows.ts';

export const NOTIFICATION_COLUMNS = `id, event_id as "eventId", event_type as "eventType", template_key as "templateKey",
  locale, channel, recipient, status, attempts, next_attempt_at as "nextAttemptAt", subject, sent_at as "sentAt",
  last_error as "lastError", created_at as "createdAt"`;

export interface NewNotification {
  eventId: string;
  eventType: string;
  template: TemplateKey;
  locale: string;
  recipients: readonly string[];
  data: unknown;
}

/**
 * One pending notification per recipient, in the consumer's unit of work: a redelivered event, or
 * the same recipient twice, adds nothing (unique on event, template and recipient).
 */
export async function enqueueNotifications(sql: Sql, tenantId: string, notification: NewNotification): Promise<number> {
  const recipients = [...new Set(notification.recipients.map((recipient) => recipient.trim().toLowerCase()))].filter(
    (recipient) => /^[^\s@]+@[^\s@]+$/.test(recipient),
  );
  if (recipients.length === 0) return 0;
  // one statement for every recipient (unnest), a repeat skipped by the unique constraint
  const inserted = await sql.query(
    `insert into notifications.notifications (tenant_id, event_id, event_type, template_key, locale, recipient, data)
     select $1, $2, $3, $4, $5, r, $7::jsonb from unnest($6::text[]) as r
     on conflict on constraint notifications_once do nothing`,
    [
      tenantId,
      notification.eventId,
      notification.eventType,
      notification.template,
      notification.locale,
      recipients,
      JSON.stringify(notification.data ?? {}),
    ],
  );
  return inserted.rowCount ?? 0;
}

/** A claimed notification: everything the sender needs to render and send it. */
export interface ClaimedNotification {
  tenantId: string;
  id: string;
  eventId: string;
  templateKey: string;
  locale: string;
  recipient: string;
  data: unknown;
  attempts: number;
}

/** Claims due notifications of every tenant for `leaseSeconds` (the schema's SECURITY DEFINER function). */
export async function claimDue(pool: pg.Pool, batch: number, leaseSeconds: number): Promise<ClaimedNotification[]> {
  // a SECURITY DEFINER function across tenants (SKIP LOCKED and a lease) on every database, outside any unit of work
  return queryEveryDatabase<ClaimedNotification>(
    pool,
    `select tenant_id as "tenantId", id, event_id as "eventId", template_key as "templateKey", locale, recipient, data,
            attempts
       from notifications.notifications_claim($1, $2)`,
    [batch, leaseSeconds],
  );
}

/**
 * Marks a claimed notification sent. Only the claim that sent it may: a row whose lease ran out and
 * was claimed again (its attempts moved on) is left to the newer claim.
 */
export const markSent = (db: TenantDb, claim: ClaimedNotification, subject: string) =>
  db.tx(async (sql, tx) => {
    const { count } = await orm(sql, (prisma) =>
      prisma.notification.updateMany({
        where: { id: claim.id, status: 'sending', attempts: claim.attempts },
        data: { status: 'sent', sentAt: new Date(), subject, claimedUntil: null, lastError: null },
      }),
    );
    if (count) {
      await tx.emit('notifications.notification.sent', claim.id, {
        notificationId: claim.id,
        eventId: claim.eventId,
        template: claim.templateKey,
        recipient: claim.recipient,
        attempts: claim.attempts,
        error: null,
      });
    }
    return ok(count > 0);
  });

/**
 * A failed attempt: pending again after `retryDelayMs`, or failed for good when `final` (the last
 * attempt, or a template that cannot render).
 */
export const markAttemptFailed = (
  db: TenantDb,
  claim: ClaimedNotification,
  error: string,
  retryDelayMs: number,
  final: boolean,
) =>
  db.tx(async (sql, tx) => {
    // the next try is due by the database's clock, the one the claim compares with
    const row = await one<{ id: string }>(
      sql,
      `update notifications.notifications
          set status = $3, last_error = $4, claimed_until = null,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        where id = $1 and status = 'sending' and attempts = $2 returning id`,
      [claim.id, claim.attempts, final ? 'failed' : 'pending', error.slice(0, 1000), retryDelayMs],
    );
    if (row && final) {
      await tx.emit('notifications.notification.failed', claim.id, {
        notificationId: claim.id,
        eventId: claim.eventId,
        template: claim.templateKey,
        recipient: claim.recipient,
        attempts: claim.attempts,
        error: error.slice(0, 1000),
      });
    }
    return ok(row !== null);
  });

export interface NotificationFilter {
  statuses: readonly NotificationStatus[] | null;
  template: string | null;
  recipient: string | null;
}

/** The tenant's notification log, newest first, paged by creation. */
export function listNotifications(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.instant>,
  filter: NotificationFilter,
): Promise<Connection<Keyed<NotificationRow>>> {
  const conditions: (KeysetCondition | null)[] = [
    filter.statuses ? ['status = any(?::text[])', filter.statuses] : null,
    filter.template ? ['template_key = ?', filter.template] : null,
    filter.recipient ? ['recipient = ?', filter.recipient.trim().toLowerCase()] : null,
  ];
  return db.run((sql) =>
    keysetPage<NotificationRow>(sql, {
      table: 'notifications.notifications',
      columns: NOTIFICATION_COLUMNS,
      conditions,
      page,
    }),
  );
}

export const notificationById = (db: TenantDb, id: string): Promise<NotificationRow | null> =>
  db.run(async (sql) => {
    const row = await orm(sql, (prisma) =>
      prisma.notification.findFirst({ where: { id }, omit: { tenantId: true, data: true, claimedUntil: true } }),
    );
    return row as NotificationRow | null;
  });
