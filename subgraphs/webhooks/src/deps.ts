import type { Logger, PgUnitOfWork } from '@ucos/kit';
import type pg from 'pg';
import type { DestinationPolicy } from './data/destinations.ts';
import type { SecretBox } from './data/secrets.ts';
import type { WebhooksEvents } from './events/out/webhooks-events.ts';

export interface WebhooksDeps {
  pool: pg.Pool;
  log: Logger;
  secrets: SecretBox;
  destinations: DestinationPolicy;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<WebhooksEvents, Tenant>;
}

export const SCHEMA = 'webhooks';
