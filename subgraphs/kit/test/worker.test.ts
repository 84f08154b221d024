import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../src/db/pool.ts';
import { createLogger } from '../src/logger.ts';
import { InFlight, WorkerStoppingError } from '../src/worker/in-flight.ts';
import { runWorker } from '../src/worker/run-worker.ts';
import { jobLockKey, scheduledJob } from '../src/worker/scheduled-job.ts';
import type { WorkerService } from '../src/worker.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('DATABASE_URL is not set: run the tests through vitest (its setup provides one)');

const silent = createLogger('worker-test', 'silent');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

let admin: pg.Pool;
const pools: pg.Pool[] = [];
const replicaPool = () => {
  // one pool per replica: two processes never share connections
  const pool = createPool({ url: serverUrl, max: 3 });
  pools.push(pool);
  return pool;
};
beforeAll(() => {
  admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await admin.end();
});

/** Two replicas of one job, counting runs per replica and the most that ever ran at once. */
function replicas(name: string, runMs: number, everyMs = 10) {
  const runs = { a: 0, b: 0 };
  let running = 0;
  let maxConcurrent = 0;
  const runEnded: Record<'a' | 'b', (() => void)[]> = { a: [], b: [] };
  const make = (replica: 'a' | 'b') =>
    scheduledJob({
      name,
      pool: replicaPool(),
      everyMs,
      logger: silent,
      run: async () => {
        running++;
        maxConcurrent = Math.max(maxConcurrent, running);
        runs[replica]++;
        await sleep(runMs);
        running--;
        for (const resolve of runEnded[replica].splice(0)) resolve();
      },
    });
  /** resolves when the replica's run in flight (or its next one) has ended */
  const nextRunEnd = (replica: 'a' | 'b') => new Promise<void>((resolve) => runEnded[replica].push(resolve));
  return { a: make('a'), b: make('b'), runs, maxConcurrent: () => maxConcurrent, nextRunEnd };
}

describe('scheduledJob', () => {
  it('runs on one replica at a time, and the other takes over when it stops', async () => {
    const { a, b, runs, maxConcurrent } = replicas(`test.${randomUUID()}`, 15);
    a.start();
    await until(() => runs.a > 0);
    b.start();
    await until(() => runs.a >= 15);
    expect(runs.b).toBe(0);
    expect(a.leading).toBe(true);
    expect(b.leading).toBe(false);
    await a.stop();
    const aRuns = runs.a;
    await until(() => runs.b >= 5);
    expect(b.leading).toBe(true);
    expect(runs.a).toBe(aRuns);
    await b.stop();
    expect(maxConcurrent()).toBe(1);
  }, 20_000);

  it('never overlaps when both replicas tick at once, however often', async () => {
    const { a, b, runs, maxConcurrent } = replicas(`test.${randomUUID()}`, 5, 1);
    a.start();
    b.start();
    await until(() => runs.a + runs.b >= 40);
    await Promise.all([a.stop(), b.stop()]);
    expect(maxConcurrent()).toBe(1);
    // the lock is kept between runs: one replica ran them all
    expect(Math.min(runs.a, runs.b)).toBe(0);
  }, 20_000);

  it('a replica whose lock connection dies loses the job to another', async () => {
    const name = `test.${randomUUID()}`;
    // runs 50 ms apart: the "crash" below lands between two of the leader's runs
    const { a, b, runs, maxConcurrent, nextRunEnd } = replicas(name, 5, 50);
    a.start();
    await until(() => runs.a > 0);
    b.start();
    await sleep(100);
    expect(runs.b).toBe(0);
    // the leader's process "crashes": its connection, and with it the advisory lock, is gone. A crash
    // ends the run in flight with the process; here only the connection dies, so it dies between runs
    await nextRunEnd('a');
    const { rows } = await admin.query<{ pid: number }>(
      `select pid from pg_locks where locktype = 'advisory' and granted
          and ((classid::bigint << 32) | objid::bigint) = $1::bigint`,
      [jobLockKey(name)],
    );
    expect(rows).toHaveLength(1);
    await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
    await until(() => runs.b > 0);
    await Promise.all([a.stop(), b.stop()]);
    expect(maxConcurrent()).toBe(1);
  }, 20_000);

  it('a run that throws is logged and the job runs again at the next tick', async () => {
    let attempts = 0;
    const job = scheduledJob({
      name: `test.${randomUUID()}`,
      pool: replicaPool(),
      everyMs: 10,
      logger: silent,
      run: async () => {
        attempts++;
        if (attempts === 1) throw new Error('first run fails');
      },
    });
    job.start();
    await until(() => attempts >= 3);
    await job.stop();
  });

  it('stop() aborts the signal and waits for the run in flight, then frees the job', async () => {
    const name = `test.${randomUUID()}`;
    let finished = false;
    let aborted = false;
    let started = false;
    const job = scheduledJob({
      name,
      pool: replicaPool(),
      everyMs: 10,
      logger: silent,
      run: async (signal) => {
        started = true;
        await sleep(300);
        aborted = signal.aborted;
        finished = true;
      },
    });
    job.start();
    await until(() => started);
    await job.stop();
    expect(finished).toBe(true);
    expect(aborted).toBe(true);
    expect(job.leading).toBe(false);
    // released: another replica takes it at once
    const other = scheduledJob({ name, pool: replicaPool(), everyMs: 1000, logger: silent, run: async () => {} });
    expect(await other.tick()).toBe(true);
    await other.stop();
    // a stopped job does not run again
    expect(await job.tick()).toBe(false);
  });

  it('refuses an interval that is not positive', () => {
    expect(() =>
      scheduledJob({ name: 'x', pool: replicaPool(), everyMs: 0, logger: silent, run: async () => {} }),
    ).toThrow(/everyMs/);
  });
});

describe('InFlight', () => {
  it('close() takes no new work and waits for the work in flight', async () => {
    const tracker = new InFlight('test');
    let done = false;
    const work = tracker.run(async () => {
      await sleep(100);
      done = true;
      return 7;
    });
    expect(tracker.size).toBe(1);
    const closing = tracker.close(5000);
    await expect(tracker.run(async () => 1)).rejects.toBeInstanceOf(WorkerStoppingError);
    expect(await closing).toEqual({ drained: true, left: 0 });
    expect(done).toBe(true);
    expect(await work).toBe(7);
  });

  it('after the grace period it reports the work left, which it never forces to an end', async () => {
    const tracker = new InFlight('test');
    let release!: () => void;
    const stuck = tracker.run(() => new Promise<void>((resolve) => (release = resolve)));
    const started = Date.now();
    expect(await tracker.close(100)).toEqual({ drained: false, left: 1 });
    expect(Date.now() - started).toBeLessThan(2000);
    release();
    await stuck;
    expect(tracker.size).toBe(0);
  });

  it('an event handler refused while stopping throws, so the bus hands the event back', async () => {
    const tracker = new InFlight('test');
    const seen: string[] = [];
    const handler = tracker.handler(async (envelope) => {
      seen.push(envelope.id);
    });
    const meta = { deliveryCount: 1, consumer: 'c', subject: 's' };
    const envelope = { id: 'one' } as Parameters<typeof handler>[0];
    await handler(envelope, meta);
    await tracker.close(10);
    await expect(Promise.resolve(handler({ ...envelope, id: 'two' }, meta))).rejects.toBeInstanceOf(
      WorkerStoppingError,
    );
    expect(seen).toEqual(['one']);
  });
});

describe('runWorker', () => {
  const env = {
    LOG_LEVEL: 'silent',
    PORT: 0,
    HOST: '127.0.0.1',
    METRICS_PORT: 0,
    METRICS_HOST: '127.0.0.1',
    WORKER_SHUTDOWN_GRACE_MS: 300,
  };

  it('is ready once every worker started, serves metrics, and stops them gracefully', async () => {
    const events: string[] = [];
    const fake = (name: string, closeMs = 0) =>
      (async () =>
        ({
          name,
          async start() {
            events.push(`start ${name}`);
          },
          async close() {
            await sleep(closeMs);
            events.push(`close ${name}`);
          },
        }) satisfies WorkerService) as never;
    const running = await runWorker({
      name: 'worker',
      workers: [
        { name: 'one', createWorker: fake('one'), source: {} },
        { name: 'two', createWorker: fake('two', 50), source: {} },
      ],
      env,
      exitOnSignal: false,
    });
    expect((await fetch(`${running.url}/live`)).status).toBe(200);
    expect((await fetch(`${running.url}/ready`)).status).toBe(200);
    expect((await fetch(running.metricsUrl!)).status).toBe(200);
    expect(await running.stop()).toBe(true);
    expect(events).toEqual(['start one', 'start two', 'close one', 'close two']);
  });

  it('a worker that does not finish within WORKER_SHUTDOWN_GRACE_MS is left behind, and the stop says so', async () => {
    const stuck = (async () =>
      ({
        name: 'stuck',
        async start() {},
        close: () => new Promise<void>(() => {}),
      }) satisfies WorkerService) as never;
    const running = await runWorker({ name: 'worker', createWorker: stuck, env, exitOnSignal: false });
    const started = Date.now();
    expect(await running.stop()).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
