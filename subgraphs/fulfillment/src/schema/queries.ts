import { byIdQuery, nodeEntity, parseGlobalId } from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import { aggregateEvents, type EventRow } from '../data/audit.ts';
import { returnById, shipmentById } from '../data/queue.ts';
import { dbOf } from './loaders.ts';
import { ReturnRef, ShipmentRef } from './types.ts';

nodeEntity(builder, ShipmentRef, 'Shipment', (id, context) => shipmentById(dbOf(context), id));
nodeEntity(builder, ReturnRef, 'Return', (id, context) => returnById(dbOf(context), id));

const RateRef = builder
  .objectRef<{ carrier: string; service: string; amount: number; currency: string; estimatedDays: number }>(
    'ShippingRate',
  )
  .implement({
    fields: (t) => ({
      carrier: t.exposeString('carrier'),
      service: t.exposeString('service'),
      price: t.field({ type: MoneyRef, resolve: (rate) => ({ amount: rate.amount, currency: rate.currency }) }),
      estimatedDays: t.exposeInt('estimatedDays'),
    }),
  });

builder.queryField('shippingRates', (t) =>
  t.field({
    type: [RateRef],
    description: 'Rates of every carrier for a parcel, cheapest first',
    authScopes: { tenant: true },
    args: { weightGrams: t.arg.int({ required: true }), destinationCountry: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => {
      if (args.weightGrams <= 0 || !/^[A-Za-z]{2}$/.test(args.destinationCountry)) return [];
      return [...context.deps.carriers.values()]
        .flatMap((carrier) => carrier.rates(args.weightGrams, args.destinationCountry))
        .sort((a, b) => a.amount - b.amount);
    },
  }),
);

byIdQuery(builder, 'shipment', {
  type: ShipmentRef,
  typeName: 'Shipment',
  authScopes: { scope: 'fulfillment:manage' },
  load: (context, id) => shipmentById(dbOf(context), id),
});

const EventRef = builder.objectRef<EventRow>('FulfillmentDomainEvent').implement({
  fields: (t) => ({
    id: t.exposeID('eventId'),
    type: t.exposeString('type'),
    version: t.exposeInt('version'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    payload: t.string({ resolve: (row) => JSON.stringify(row.payload) }),
  }),
});

builder.queryField('fulfillmentEvents', (t) =>
  t.field({
    type: [EventRef],
    description: 'The audit view of a shipment or return: its events, from the outbox',
    authScopes: { scope: 'fulfillment:manage' },
    args: { id: t.arg.id({ required: true, description: 'A Shipment or Return id' }) },
    resolve: (_root, { id }, context) =>
      aggregateEvents(dbOf(context), parseGlobalId(id, ['Shipment', 'Return'], ['id']).id),
  }),
);
