import { localUuid } from '@ucos/kit';
import { builder } from '../builder.ts';
import { type EventRow, orderEvents } from '../data/audit.ts';
import { dbOf } from './loaders.ts';

const DomainEventRef = builder.objectRef<EventRow>('OrderDomainEvent').implement({
  description: 'An event orders published (or is about to: publishedAt is null while in the outbox)',
  fields: (t) => ({
    id: t.exposeID('eventId'),
    type: t.exposeString('type'),
    version: t.exposeInt('version'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    payload: t.string({ description: 'The payload as JSON', resolve: (row) => JSON.stringify(row.payload) }),
  }),
});

builder.queryField('orderEvents', (t) =>
  t.field({
    type: [DomainEventRef],
    description: "The audit view of an order's events, read from the outbox (the tenant's rows only)",
    authScopes: { scope: 'orders:read' },
    args: { orderId: t.arg.id({ required: true }) },
    resolve: (_root, { orderId }, context) => orderEvents(dbOf(context), localUuid(orderId, 'Order', ['orderId'])),
  }),
);
