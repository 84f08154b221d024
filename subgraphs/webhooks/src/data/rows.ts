import type { EventEnvelope } from '@ucos/kit';
import type { Delivery as DeliveryModel, Endpoint as EndpointModel } from '../generated/prisma/client.ts';

/**
 * Rows as the stores return them (camelCase), derived from the Prisma models of
 * prisma/schema.prisma (checked against the migrated database in test/schema-and-models.test.ts). A
 * row leaves out `tenant_id` (row security scopes every statement) and the queue's own columns, and
 * overrides what the code narrows: states as unions, the envelope as its shape.
 */
export type EndpointRow = Omit<EndpointModel, 'tenantId'> & {
  /** when the previous secret of a rotation stops being sent, or null */
  previousSecretExpiresAt: Date | null;
};

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export type DeliveryRow = Pick<
  DeliveryModel,
  | 'id'
  | 'endpointId'
  | 'eventId'
  | 'eventType'
  | 'attempts'
  | 'failures'
  | 'lastAttemptAt'
  | 'responseStatus'
  | 'latencyMs'
  | 'responseBody'
  | 'error'
  | 'createdAt'
> & {
  envelope: EventEnvelope;
  status: DeliveryStatus;
  /** when the next attempt is due; null once the delivery is no longer pending */
  nextAttemptAt: Date | null;
};
