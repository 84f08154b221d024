import { CURSOR_KEYS, connectionType, encodeGlobalId, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { NotificationsContext } from '../context.ts';
import { listNotifications, type NotificationRow } from '../data/notifications.ts';
import { dbOf, logReaders } from './loaders.ts';

const StatusEnum = builder.enumType('NotificationStatus', {
  values: {
    PENDING: { value: 'pending', description: 'Waiting to be sent (or to be retried after a failure)' },
    SENDING: { value: 'sending', description: 'Claimed by a sender' },
    SENT: { value: 'sent', description: 'Accepted by the mail server' },
    FAILED: { value: 'failed', description: 'Given up: its last attempt failed, or its template cannot render' },
  } as const,
});

export const NotificationRef = builder.objectRef<NotificationRow>('Notification').implement({
  description: 'One message of the notification log',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Notification', row.id) }),
    template: t.exposeString('templateKey'),
    channel: t.exposeString('channel'),
    recipient: t.exposeString('recipient'),
    locale: t.exposeString('locale'),
    status: t.field({ type: StatusEnum, resolve: (row) => row.status }),
    attempts: t.exposeInt('attempts'),
    subject: t.exposeString('subject', { nullable: true, description: 'As sent (null until then)' }),
    eventType: t.exposeString('eventType', { description: 'The event it answers' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a pending notification is tried (again)',
      resolve: (row) => (row.status === 'pending' ? row.nextAttemptAt : null),
    }),
    error: t.exposeString('lastError', { nullable: true, description: 'The last failure' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const NotificationFilter = builder.inputType('NotificationFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [StatusEnum], description: 'Any of these (every status when left out)' }),
    template: t.string({ description: 'One template key' }),
    recipient: t.string({ description: 'One address' }),
  }),
});

const NotificationConnection = connectionType(builder, 'Notification', NotificationRef);

builder.queryField('notifications', (t) =>
  t.connection(
    {
      type: NotificationRef,
      description: "The tenant's notification log, newest first (audit:read or identity:tenant)",
      authScopes: (_root: unknown, _args: unknown, context: NotificationsContext) => logReaders(context.auth),
      args: { filter: t.arg({ type: NotificationFilter }) },
      resolve: (_root, args, context) =>
        listNotifications(dbOf(context), pageOf(args, CURSOR_KEYS.instant), {
          statuses: args.filter?.statuses ?? null,
          template: args.filter?.template ?? null,
          recipient: args.filter?.recipient ?? null,
        }),
    },
    NotificationConnection,
  ),
);
