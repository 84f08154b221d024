import {
  envFields,
  envLoader,
  idempotencyRecordsPruneEnvShape,
  idempotencyRecordsPruneJobOf,
  type Logger,
  processedMessagesPruneEnvShape,
  processedMessagesPruneJobOf,
  type ScheduledJob,
  scheduledJob,
  scheduledJobsWorker,
  tenantPlacementEnvField,
  type WorkerFactory,
  type WorkerService,
} from '@ucos/kit';
import { sweepExpiredReservations } from './data/reservation-sweeper.ts';
import { connectInventoryDatabase, INVENTORY_SCHEMA, type InventoryConnections, tenantDb } from './db.ts';

export const inventoryWorkerEnvShape = {
  LOG_LEVEL: envFields.logLevel,
  DATABASE_URL: envFields.url,
  /** the worker's own pool: each job's lock holds one connection (sweep, prune), their runs use the others */
  WORKER_DATABASE_POOL_SIZE: envFields.positiveInt.default(4),
  /** which database holds which tenant (docs/architecture/tenant-placement.md); unset: all in DATABASE_URL */
  TENANT_PLACEMENT: tenantPlacementEnvField,
  /** how often the sweeper looks for expired reservations */
  RESERVATION_SWEEP_INTERVAL_MS: envFields.positiveInt.default(5000),
  ...processedMessagesPruneEnvShape,
  ...idempotencyRecordsPruneEnvShape,
};

export type InventoryWorkerEnv = ReturnType<typeof loadInventoryWorkerEnv>;

export const loadInventoryWorkerEnv = envLoader(inventoryWorkerEnvShape, 'inventory worker');

export interface InventoryWorker extends WorkerService {
  /** one sweep round now, outside the schedule (tests, operators); how many reservations it expired */
  sweepOnce(): Promise<number>;
  /** the scheduled job (`leading`: whether this replica runs it) */
  reservationSweep: ScheduledJob;
  /** the job that deletes idempotency records older than IDEMPOTENCY_RETENTION_DAYS */
  idempotencyPrune: ScheduledJob;
}

/**
 * Inventory's background work, run by the worker tier and never on the request path: the
 * reservation sweeper, a scheduled job that runs on one replica at a time, and the pruning of old
 * consumer marks and idempotency records. Its expiries emit
 * `inventory.reservation.expired` into the outbox; the subgraph's relay publishes them.
 */
export async function createInventoryWorker(
  env: InventoryWorkerEnv,
  logger: Logger,
  connections: InventoryConnections = connectInventoryDatabase(
    env.DATABASE_URL,
    env.WORKER_DATABASE_POOL_SIZE,
    logger,
    env.TENANT_PLACEMENT,
  ),
): Promise<InventoryWorker> {
  const unitOfWork = tenantDb(connections.pool, null, null);
  const sweep = (signal?: AbortSignal) =>
    sweepExpiredReservations({ pool: connections.pool, unitOfWork, ...(signal ? { signal } : {}) });
  const job = scheduledJob({
    name: 'inventory.reservation-sweep',
    pool: connections.pool,
    everyMs: env.RESERVATION_SWEEP_INTERVAL_MS,
    logger,
    run: async (signal) => {
      const expired = await sweep(signal);
      if (expired) logger.info({ expired }, 'expired reservations released');
    },
  });
  const prune = processedMessagesPruneJobOf('inventory', connections.pool, logger, env);
  const idempotencyPrune = idempotencyRecordsPruneJobOf(INVENTORY_SCHEMA, connections.pool, logger, env);
  return {
    ...scheduledJobsWorker('inventory', [job, prune, idempotencyPrune], () => connections.close()),
    sweepOnce: () => sweep(),
    reservationSweep: job,
    idempotencyPrune,
  };
}

export const createWorker: WorkerFactory = async (source, { logger }) =>
  createInventoryWorker(loadInventoryWorkerEnv(source), logger);
