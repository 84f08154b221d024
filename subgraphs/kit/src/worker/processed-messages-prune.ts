import type pg from 'pg';
import { z } from 'zod';
import { forEachDatabase } from '../db/placement.ts';
import { qualified } from '../events/schema-name.ts';
import type { Logger } from '../logger.ts';
import { type ScheduledJob, scheduledJob } from './scheduled-job.ts';

/** The variables of the pruning job, for a worker's env shape. */
export const processedMessagesPruneEnvShape = {
  /** how long a consumer's "already handled" mark is kept; longer than any redelivery of the bus */
  PROCESSED_MESSAGES_RETENTION_DAYS: z.coerce.number().positive().default(7),
  /** how often old marks are pruned */
  PROCESSED_MESSAGES_PRUNE_SECONDS: z.coerce.number().int().positive().default(3600),
};

export interface ProcessedMessagesPruneOptions {
  /** the domain's schema, whose `processed_messages` the job prunes (its pool's role owns the right) */
  schema: string;
  pool: pg.Pool;
  logger: Logger;
  retentionDays: number;
  everySeconds: number;
  /** rows deleted per statement, so a large backlog never holds long locks; default 5000 */
  batch?: number;
}

/**
 * Deletes the marks of `<schema>.processed_messages` older than the retention, for every tenant
 * (through `processed_messages_prune`, the kit migration's SECURITY DEFINER function), in batches
 * until none is left or the job is stopped. A scheduled job (`<schema>.processed-messages-prune`):
 * one replica at a time. Every worker registers it for its own schema.
 */
export function processedMessagesPruneJob(options: ProcessedMessagesPruneOptions): ScheduledJob {
  const { schema, pool, logger } = options;
  const batch = options.batch ?? 5000;
  const statement = `select ${qualified(schema, 'processed_messages_prune')}($1, $2) as deleted`;
  const olderThanSeconds = options.retentionDays * 86_400;
  return scheduledJob({
    name: `${schema}.processed-messages-prune`,
    pool,
    everyMs: options.everySeconds * 1000,
    logger,
    run: async (signal) => {
      let total = 0;
      // every database behind the pool keeps its own marks (docs/architecture/tenant-placement.md)
      await forEachDatabase(pool, async (database) => {
        while (!signal.aborted) {
          const { rows } = await database.query<{ deleted: number }>(statement, [olderThanSeconds, batch]);
          const deleted = rows[0]?.deleted ?? 0;
          total += deleted;
          if (deleted < batch) break;
        }
      });
      if (total > 0) logger.info({ schema, deleted: total }, 'old processed-message marks pruned');
      return total;
    },
  });
}
