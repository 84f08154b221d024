import { defineEvents, event } from '@ucos/kit';

/** What webhooks publishes (subjects `ucos.<type>`). Ids are local uuids. */

export interface EndpointDisabledPayload {
  endpointId: string;
  url: string;
  reason: string;
  /** consecutive failed attempts when it was disabled */
  failures: number;
}

export interface TestPingPayload {
  endpointId: string;
}

export const WEBHOOKS_EVENTS = defineEvents('webhooks', {
  /** the notifications domain mails the tenant's admins on it */
  'webhooks.endpoint.disabled': event<EndpointDisabledPayload>('WebhookEndpoint'),
  /** `webhookEndpointTest`: delivered to the one endpoint it names, whatever its filters */
  'webhooks.test.ping': event<TestPingPayload>('WebhookEndpoint'),
});

export type WebhooksEvents = typeof WEBHOOKS_EVENTS;
