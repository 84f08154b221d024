import type { EventHandler } from '../events/bus.ts';
import type { JsonValue } from '../events/event.ts';
import { workerMetrics } from './metrics.ts';

/** Thrown at work offered after `close()` began: an event handler throwing it hands the event back to the bus. */
export class WorkerStoppingError extends Error {
  override name = 'WorkerStoppingError';
  constructor(worker: string) {
    super(`${worker} is stopping: the work is left for another replica`);
  }
}

export interface CloseOutcome {
  /** every piece of work finished within the grace period */
  drained: boolean;
  /** pieces still running when the grace period ended: their transactions stay uncommitted, their events unacknowledged */
  left: number;
}

/** Resolves with `true` once `work` settles, or `false` when `ms` passes first (the work keeps going). */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true as const,
        () => true as const,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Counts a worker's work in progress, for a graceful stop: `close(graceMs)` takes no new work
 * (`run` throws `WorkerStoppingError`), waits for what is in flight up to the grace period and tells
 * what was left. Work left is never forced to an end here: the process exits, its open transactions
 * roll back and its unacknowledged events are redelivered to another replica (or the next start).
 */
export class InFlight {
  readonly #name: string;
  readonly #running = new Set<Promise<unknown>>();
  #closing = false;

  constructor(name: string) {
    this.#name = name;
  }

  get closing(): boolean {
    return this.#closing;
  }

  get size(): number {
    return this.#running.size;
  }

  /** Runs `work` as one piece of in-flight work; refused once closing. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#closing) throw new WorkerStoppingError(this.#name);
    const gauge = workerMetrics().inFlight;
    const promise = work();
    this.#running.add(promise);
    gauge.inc({ worker: this.#name });
    try {
      return await promise;
    } finally {
      this.#running.delete(promise);
      gauge.dec({ worker: this.#name });
    }
  }

  /** An event handler whose deliveries are tracked (and handed back to the bus once closing). */
  handler<Payload = JsonValue>(handler: EventHandler<Payload>): EventHandler<Payload> {
    return (envelope, meta) => this.run(async () => handler(envelope, meta));
  }

  /** Stops taking work and waits up to `graceMs` for the work in flight. */
  async close(graceMs: number): Promise<CloseOutcome> {
    this.#closing = true;
    const drained = await settlesWithin(Promise.allSettled([...this.#running]), graceMs);
    return { drained, left: drained ? 0 : this.#running.size };
  }
}

/** `WORKER_SHUTDOWN_GRACE_MS` (default 25 s: inside Kubernetes' default 30 s termination grace period). */
export const DEFAULT_SHUTDOWN_GRACE_MS = 25_000;
