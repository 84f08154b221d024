import { localUuid } from '@ucos/kit';
import { builder } from '../builder.ts';
import { dbOf } from './loaders.ts';

interface EventRow {
  eventId: string;
  type: string;
  version: number;
  occurredAt: Date;
  publishedAt: Date | null;
  payload: unknown;
}

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
    resolve: async (_root, { orderId }, context) => {
      const id = localUuid(orderId, 'Order', ['orderId']);
      const { rows } = await dbOf(context).run((sql) =>
        sql.query<EventRow>(
          `select event_id as "eventId", type, version, created_at as "occurredAt", published_at as "publishedAt", payload
             from orders.outbox where aggregate_type = 'Order' and aggregate_id = $1 order by id limit 500`,
          [id],
        ),
      );
      return rows;
    },
  }),
);
