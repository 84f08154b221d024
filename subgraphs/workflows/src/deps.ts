import type { Logger, PgUnitOfWork, SealKey } from '@ucos/kit';
import type pg from 'pg';
import type { WorkflowsEvents } from './events/out/workflows-events.ts';

export interface WorkflowsDeps {
  pool: pg.Pool;
  log: Logger;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<WorkflowsEvents, Tenant>;
  /** seals the tenants' workflow secrets (src/data/secrets.ts) */
  secretKey: SealKey;
}

export const SCHEMA = 'workflows';
