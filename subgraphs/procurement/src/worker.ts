import {
  envFields,
  envLoader,
  idempotencyRecordsPruneEnvShape,
  idempotencyRecordsPruneJobOf,
  type Logger,
  type ScheduledJob,
  scheduledJobsWorker,
  tenantPlacementEnvField,
  type WorkerFactory,
  type WorkerService,
} from '@ucos/kit';
import type pg from 'pg';
import { database } from './db.ts';
import { SCHEMA } from './deps.ts';

export const procurementWorkerEnvShape = {
  LOG_LEVEL: envFields.logLevel,
  DATABASE_URL: envFields.url,
  /** the worker's own pool: the job's lock holds one connection, its runs use another */
  WORKER_DATABASE_POOL_SIZE: envFields.positiveInt.default(2),
  /** which database holds which tenant (docs/architecture/tenant-placement.md); unset: all in DATABASE_URL */
  TENANT_PLACEMENT: tenantPlacementEnvField,
  ...idempotencyRecordsPruneEnvShape,
};

export type ProcurementWorkerEnv = ReturnType<typeof loadProcurementWorkerEnv>;

export const loadProcurementWorkerEnv = envLoader(procurementWorkerEnvShape, 'procurement worker');

export interface ProcurementWorker extends WorkerService {
  /** the job that deletes idempotency records older than IDEMPOTENCY_RETENTION_DAYS */
  idempotencyPrune: ScheduledJob;
}

/**
 * Procurement's background work, run by the worker tier and never on the request path: the pruning
 * of the idempotency records its mutations leave (purchase orders, receipts, bills), a scheduled job
 * on one replica at a time. Procurement consumes no events, so it has no consumer marks to prune.
 */
export async function createProcurementWorker(
  env: ProcurementWorkerEnv,
  logger: Logger,
  // placed like the subgraph's pool: the job prunes every database behind it
  pool: pg.Pool = database.connectPlacedPool(env, env.WORKER_DATABASE_POOL_SIZE, logger, 'procurement-worker'),
): Promise<ProcurementWorker> {
  const idempotencyPrune = idempotencyRecordsPruneJobOf(SCHEMA, pool, logger, env);
  return {
    ...scheduledJobsWorker('procurement', [idempotencyPrune], () => pool.end().catch(() => undefined)),
    idempotencyPrune,
  };
}

export const createWorker: WorkerFactory = async (source, { logger }) =>
  createProcurementWorker(loadProcurementWorkerEnv(source), logger);
