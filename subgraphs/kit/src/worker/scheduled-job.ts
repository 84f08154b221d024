import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from '../logger.ts';
import type { WorkerService } from '../worker.ts';
import { workerMetrics } from './metrics.ts';

export interface ScheduledJobOptions {
  /** unique across the platform (`inventory.reservation-sweep`): replicas of one job share it, and so its lock */
  name: string;
  /** where the job's lock is taken; one connection of it is held while this replica runs the job */
  pool: pg.Pool;
  /** the time between the end of one run and the next tick */
  everyMs: number;
  /** one run; throwing is logged and the job runs again at the next tick */
  run: (signal: AbortSignal) => Promise<unknown>;
  logger: Logger;
}

export interface ScheduledJob {
  readonly name: string;
  /** starts ticking; the first tick is immediate */
  start(): void;
  /**
   * Stops ticking, aborts the run's signal (a long run may end between batches), waits for the run in
   * flight, then releases the lock so another replica takes over. Final: a stopped job does not start again.
   */
  stop(): Promise<void>;
  /** one tick now: runs the job if this replica holds (or can take) its lock; true when it ran */
  tick(): Promise<boolean>;
  /** whether this replica holds the job's lock */
  readonly leading: boolean;
}

/**
 * The job's advisory-lock key: 64 bits of SHA-256 over a namespaced name, so jobs of every domain
 * (and anything else taking advisory locks in the database) do not collide.
 */
export function jobLockKey(name: string): string {
  return createHash('sha256').update(`ucos.scheduled-job\u0000${name}`).digest().readBigInt64BE(0).toString();
}

/**
 * A job that runs every `everyMs` on at most one replica at a time. The replica that takes the job's
 * session-level advisory lock (`pg_try_advisory_lock` on a connection it keeps) runs it; the others
 * try again at each tick, so when that replica stops (or dies: its connection closes and PostgreSQL
 * drops the lock) the next tick of another one takes over. The lock is kept between runs, not taken
 * per run, so two replicas never run the same tick one after the other. Before each run the leader
 * asks the lock's connection a question: a connection lost since is leadership lost.
 */
export function scheduledJob(options: ScheduledJobOptions): ScheduledJob {
  const { name, pool, everyMs, logger } = options;
  if (!Number.isFinite(everyMs) || everyMs <= 0) throw new Error(`scheduled job ${name}: everyMs must be > 0`);
  const key = jobLockKey(name);
  const log = logger.child({ job: name });
  const metrics = workerMetrics();
  let lockClient: pg.PoolClient | null = null;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<boolean> | null = null;
  let stopped = true;
  let closed = false;
  const abort = new AbortController();

  // an idle lock connection ended by the server must not crash the process
  const onLockError = (error: Error) => log.warn({ err: error }, 'the job lock connection failed');
  const release = (client: pg.PoolClient, broken: boolean) => {
    if (lockClient === client) lockClient = null;
    client.off('error', onLockError);
    // a broken connection is destroyed (its lock went with it); a healthy one unlocks and returns to the pool
    client.release(broken ? true : undefined);
  };

  async function lead(): Promise<boolean> {
    if (lockClient) {
      try {
        await lockClient.query('select 1');
        return true;
      } catch (error) {
        log.warn({ err: error }, 'lost the connection holding the job lock; another replica may take over');
        release(lockClient, true);
        return false;
      }
    }
    const client = await pool.connect();
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1::bigint) as locked', [
        key,
      ]);
      if (rows[0]?.locked) {
        lockClient = client;
        client.off('error', onError);
        client.on('error', onLockError);
        log.info('this replica runs the job');
        return true;
      }
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      if (lockClient !== client) {
        client.off('error', onError);
        client.release(broken ? true : undefined);
      }
    }
    return false;
  }

  async function once(): Promise<boolean> {
    if (!(await lead())) return false;
    const started = performance.now();
    try {
      await options.run(abort.signal);
      metrics.runs.inc({ scheduled_job: name, outcome: 'ok' });
      return true;
    } catch (error) {
      metrics.runs.inc({ scheduled_job: name, outcome: 'error' });
      log.error({ err: error }, 'scheduled job failed; it runs again at the next tick');
      return true;
    } finally {
      metrics.duration.observe({ scheduled_job: name }, (performance.now() - started) / 1000);
    }
  }

  function tick(): Promise<boolean> {
    if (closed) return Promise.resolve(false);
    if (inFlight) return inFlight;
    inFlight = once()
      .catch((error: unknown) => {
        log.warn({ err: error }, 'could not take the job lock; trying again at the next tick');
        return false;
      })
      .finally(() => {
        inFlight = null;
        schedule();
      });
    return inFlight;
  }

  function schedule() {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), everyMs);
  }

  return {
    name,
    get leading() {
      return lockClient !== null;
    },
    start() {
      if (!stopped || closed) return;
      stopped = false;
      void tick();
    },
    tick,
    async stop() {
      stopped = true;
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      abort.abort();
      await inFlight;
      const client = lockClient;
      if (!client) return;
      try {
        await client.query('select pg_advisory_unlock($1::bigint)', [key]);
        release(client, false);
      } catch {
        // the connection is gone, and with it the lock
        release(client, true);
      }
      log.info('released the job');
    },
  };
}

/**
 * A worker whose work is scheduled jobs only: `start()` starts every job, `close()` stops them all (each
 * lets its run in hand finish) and then `release`s what they ran on (the worker's pool).
 */
export function scheduledJobsWorker(name: string, jobs: ScheduledJob[], release: () => Promise<void>): WorkerService {
  return {
    name,
    async start() {
      for (const job of jobs) job.start();
    },
    async close() {
      await Promise.all(jobs.map((job) => job.stop()));
      await release();
    },
  };
}
