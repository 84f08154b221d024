import { z } from 'zod';
import { type RetentionPruneOptions, retentionPruneJob } from './retention-prune.ts';
import type { ScheduledJob } from './scheduled-job.ts';

/** The variables of the pruning job, for a worker's env shape. */
export const processedMessagesPruneEnvShape = {
  /** how long a consumer's "already handled" mark is kept; longer than any redelivery of the bus */
  PROCESSED_MESSAGES_RETENTION_DAYS: z.coerce.number().positive().default(7),
  /** how often old marks are pruned */
  PROCESSED_MESSAGES_PRUNE_SECONDS: z.coerce.number().int().positive().default(3600),
};

/** `schema`: the domain's schema, whose `processed_messages` the job prunes (its pool's role owns the right) */
export type ProcessedMessagesPruneOptions = RetentionPruneOptions;

/**
 * Deletes the marks of `<schema>.processed_messages` older than the retention, for every tenant
 * (through `processed_messages_prune`, the kit migration's SECURITY DEFINER function), in batches
 * until none is left or the job is stopped. A scheduled job (`<schema>.processed-messages-prune`):
 * one replica at a time. Every worker registers it for its own schema.
 */
export function processedMessagesPruneJob(options: ProcessedMessagesPruneOptions): ScheduledJob {
  return retentionPruneJob(
    { job: 'processed-messages-prune', pruneFunction: 'processed_messages_prune', what: 'processed-message marks' },
    options,
  );
}

/** What a worker's env parsed from `processedMessagesPruneEnvShape` holds. */
export interface ProcessedMessagesPruneEnv {
  PROCESSED_MESSAGES_RETENTION_DAYS: number;
  PROCESSED_MESSAGES_PRUNE_SECONDS: number;
}

/** The job as every worker registers it: its schema, its pool, the retention and period from its env. */
export const processedMessagesPruneJobOf = (
  schema: string,
  pool: RetentionPruneOptions['pool'],
  logger: RetentionPruneOptions['logger'],
  env: ProcessedMessagesPruneEnv,
): ScheduledJob =>
  processedMessagesPruneJob({
    schema,
    pool,
    logger,
    retentionDays: env.PROCESSED_MESSAGES_RETENTION_DAYS,
    everySeconds: env.PROCESSED_MESSAGES_PRUNE_SECONDS,
  });
