import { encodeGlobalId, tenantRequired } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { WebhooksContext } from '../context.ts';
import type { DeliveryRow } from '../data/deliveries.ts';
import type { EndpointRow } from '../data/endpoints.ts';
import type { TenantDb } from '../db.ts';

export const manage = { scope: 'workflows:manage' } as const;

export function dbOf(context: WebhooksContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}

export const WebhookEndpointRef = builder.objectRef<EndpointRow>('WebhookEndpoint').implement({
  description: "A tenant's receiver of signed event deliveries",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('WebhookEndpoint', row.id) }),
    url: t.exposeString('url'),
    description: t.exposeString('description'),
    eventTypes: t.exposeStringList('eventTypes', {
      description: 'Exact event types, or prefix wildcards such as `orders.order.*` (`*`: every event)',
    }),
    enabled: t.exposeBoolean('enabled'),
    disabledReason: t.exposeString('disabledReason', { nullable: true }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'Failed attempts in a row; the endpoint is disabled at the configured threshold',
    }),
    previousSecretExpiresAt: t.expose('previousSecretExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'During a secret rotation: until when the previous secret still signs (both v1= are sent)',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  values: {
    PENDING: { value: 'pending', description: 'Waiting for its first attempt or a retry' },
    SUCCEEDED: { value: 'succeeded', description: 'The endpoint answered 2xx' },
    FAILED: { value: 'failed', description: 'Every retry failed (redeliver to try again)' },
  } as const,
});

export const WebhookDeliveryRef = builder.objectRef<DeliveryRow>('WebhookDelivery').implement({
  description: 'One event sent to one endpoint: the delivery log',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('WebhookDelivery', row.id) }),
    endpointId: t.id({ resolve: (row) => encodeGlobalId('WebhookEndpoint', row.endpointId) }),
    eventId: t.exposeID('eventId'),
    eventType: t.exposeString('eventType'),
    status: t.field({ type: DeliveryStatusEnum, resolve: (row) => row.status }),
    attempts: t.exposeInt('attempts'),
    responseStatus: t.exposeInt('responseStatus', { nullable: true, description: "The last attempt's HTTP status" }),
    latencyMs: t.exposeInt('latencyMs', { nullable: true, description: "The last attempt's time to the response" }),
    responseBody: t.exposeString('responseBody', {
      nullable: true,
      description: "The start of the last attempt's response body (2 KB at most)",
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why the last attempt got no response' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    payload: t.string({
      description: 'The event envelope sent, as JSON',
      resolve: (row) => JSON.stringify(row.envelope),
    }),
  }),
});
