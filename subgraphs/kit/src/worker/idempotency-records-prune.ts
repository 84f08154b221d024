import { z } from 'zod';
import { type RetentionPruneOptions, retentionPruneJob } from './retention-prune.ts';
import type { ScheduledJob } from './scheduled-job.ts';

/** The variables of the idempotency pruning job, for the worker's env shape of a domain with idempotent mutations. */
export const idempotencyRecordsPruneEnvShape = {
  /** how long an idempotent mutation's stored answer is kept; longer than any client keeps retrying */
  IDEMPOTENCY_RETENTION_DAYS: z.coerce.number().positive().default(7),
  /** how often old records are pruned */
  IDEMPOTENCY_PRUNE_SECONDS: z.coerce.number().int().positive().default(3600),
};

/** `schema`: the domain's schema, whose `idempotency_records` the job prunes */
export type IdempotencyRecordsPruneOptions = RetentionPruneOptions;

/**
 * Deletes the records of `<schema>.idempotency_records` (`onceForKey`) older than the retention, for
 * every tenant, through `idempotency_records_prune` (kit migration 0011), in batches. A scheduled job
 * (`<schema>.idempotency-records-prune`): one replica at a time. The worker of every domain whose
 * mutations take an idempotency key registers it for its own schema. A retry after the retention
 * runs the mutation again: the key is new to the store.
 */
export function idempotencyRecordsPruneJob(options: IdempotencyRecordsPruneOptions): ScheduledJob {
  return retentionPruneJob(
    { job: 'idempotency-records-prune', pruneFunction: 'idempotency_records_prune', what: 'idempotency records' },
    options,
  );
}

/** What a worker's env parsed from `idempotencyRecordsPruneEnvShape` holds. */
export interface IdempotencyRecordsPruneEnv {
  IDEMPOTENCY_RETENTION_DAYS: number;
  IDEMPOTENCY_PRUNE_SECONDS: number;
}

/** The job as every worker registers it: its schema, its pool, the retention and period from its env. */
export const idempotencyRecordsPruneJobOf = (
  schema: string,
  pool: RetentionPruneOptions['pool'],
  logger: RetentionPruneOptions['logger'],
  env: IdempotencyRecordsPruneEnv,
): ScheduledJob =>
  idempotencyRecordsPruneJob({
    schema,
    pool,
    logger,
    retentionDays: env.IDEMPOTENCY_RETENTION_DAYS,
    everySeconds: env.IDEMPOTENCY_PRUNE_SECONDS,
  });
