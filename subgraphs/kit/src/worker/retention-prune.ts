import type pg from 'pg';
import { forEachDatabase } from '../db/placement.ts';
import { qualified } from '../events/schema-name.ts';
import type { Logger } from '../logger.ts';
import { type ScheduledJob, scheduledJob } from './scheduled-job.ts';

export interface RetentionPruneOptions {
  /** the domain's schema, whose rows the job prunes (its pool's role may execute the function) */
  schema: string;
  pool: pg.Pool;
  logger: Logger;
  retentionDays: number;
  everySeconds: number;
  /** rows deleted per statement, so a large backlog never holds long locks; default 5000 */
  batch?: number;
}

interface RetentionPruneSpec {
  /** the job's name after `<schema>.` */
  job: string;
  /** the kit migration's SECURITY DEFINER function `(older_than_seconds, batch) → deleted` */
  pruneFunction: string;
  /** what the log line says was pruned */
  what: string;
}

/**
 * A scheduled job (`<schema>.<job>`, one replica at a time) that deletes a kit table's rows older than
 * the retention, of every tenant, through the table's SECURITY DEFINER prune function, in batches
 * until none is left or the job is stopped, in every database behind the pool.
 */
export function retentionPruneJob(spec: RetentionPruneSpec, options: RetentionPruneOptions): ScheduledJob {
  const { schema, pool, logger } = options;
  const batch = options.batch ?? 5000;
  const statement = `select ${qualified(schema, spec.pruneFunction)}($1, $2) as deleted`;
  const olderThanSeconds = options.retentionDays * 86_400;
  return scheduledJob({
    name: `${schema}.${spec.job}`,
    pool,
    everyMs: options.everySeconds * 1000,
    logger,
    run: async (signal) => {
      let total = 0;
      // every database behind the pool keeps its own rows (docs/architecture/tenant-placement.md)
      await forEachDatabase(pool, async (database) => {
        while (!signal.aborted) {
          const { rows } = await database.query<{ deleted: number }>(statement, [olderThanSeconds, batch]);
          const deleted = rows[0]?.deleted ?? 0;
          total += deleted;
          if (deleted < batch) break;
        }
      });
      if (total > 0) logger.info({ schema, deleted: total }, `old ${spec.what} pruned`);
      return total;
    },
  });
}
