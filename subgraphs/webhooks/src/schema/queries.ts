import { byIdQuery, CURSOR_KEYS, connectionType, localUuid, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import { listDeliveries } from '../data/deliveries.ts';
import { endpointById, listEndpoints } from '../data/endpoints.ts';
import { KNOWN_EVENT_TYPES } from '../data/event-types.ts';
import { DeliveryStatusEnum, dbOf, manage, WebhookDeliveryRef, WebhookEndpointRef } from './types.ts';

const EndpointConnection = connectionType(builder, 'WebhookEndpoint', WebhookEndpointRef);
const DeliveryConnection = connectionType(builder, 'WebhookDelivery', WebhookDeliveryRef);

builder.queryField('webhookEndpoints', (t) =>
  t.connection(
    {
      type: WebhookEndpointRef,
      description: "The tenant's webhook endpoints, newest first",
      authScopes: manage,
      resolve: (_root, args, context) => listEndpoints(dbOf(context), pageOf(args, CURSOR_KEYS.instant)),
    },
    EndpointConnection,
  ),
);

byIdQuery(builder, 'webhookEndpoint', {
  type: WebhookEndpointRef,
  typeName: 'WebhookEndpoint',
  authScopes: manage,
  load: (context, id) => endpointById(dbOf(context), id),
});

const DeliveryFilter = builder.inputType('WebhookDeliveryFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [DeliveryStatusEnum], description: 'Any of these (every status when left out)' }),
  }),
});

builder.queryField('webhookDeliveries', (t) =>
  t.connection(
    {
      type: WebhookDeliveryRef,
      description: "One endpoint's delivery log, newest first",
      authScopes: manage,
      args: { endpointId: t.arg.id({ required: true }), filter: t.arg({ type: DeliveryFilter }) },
      resolve: (_root, args, context) =>
        listDeliveries(
          dbOf(context),
          localUuid(args.endpointId, 'WebhookEndpoint', ['endpointId']),
          { statuses: args.filter?.statuses ?? null },
          pageOf(args, CURSOR_KEYS.instant),
        ),
    },
    DeliveryConnection,
  ),
);

builder.queryField('webhookEventTypes', (t) =>
  t.stringList({
    description:
      'The event types an endpoint may subscribe to (a filter may also be a prefix wildcard: `orders.order.*`)',
    authScopes: manage,
    resolve: () => [...KNOWN_EVENT_TYPES],
  }),
);
