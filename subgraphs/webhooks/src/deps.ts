import type { DomainDeps } from '@ucos/kit';
import type { DestinationPolicy } from './data/destinations.ts';
import type { SecretBox } from './data/secrets.ts';
import type { WebhooksEvents } from './events/out/webhooks-events.ts';

export interface WebhooksDeps extends DomainDeps<WebhooksEvents> {
  secrets: SecretBox;
  destinations: DestinationPolicy;
}

export const SCHEMA = 'webhooks';
