import { createLogger } from '../logger.ts';
import {
  type EventBus,
  type EventLogger,
  onHandlerFailure,
  type ResolvedSubscription,
  resolveSubscription,
  type SubscribeOptions,
  type Subscription,
} from './bus.ts';
import { deadLetterEnvelope } from './dead-letter.ts';
import { type EventEnvelope, type JsonValue, normalizeEnvelope, subjectFor } from './event.ts';
import { matchesAny } from './subjects.ts';

export interface InProcessEventBusOptions {
  logger?: EventLogger;
  /** how long a published id is remembered for de-duplication; default 2 minutes, like the NATS stream */
  duplicateWindowMs?: number;
}

interface Delivery {
  subject: string;
  /** serialized once at publish, parsed per delivery: consumers never share (or mutate) an object */
  body: string;
  deliveryCount: number;
}

/**
 * The embedded default when NATS_URL is unset: the same contract as the JetStream bus (de-duplication,
 * at-least-once delivery per durable consumer, retries with backoff, dead letters), but in memory.
 * Nothing survives a restart and a consumer only receives events published while it is subscribed.
 */
export class InProcessEventBus implements EventBus {
  readonly #logger: EventLogger;
  readonly #windowMs: number;
  /** id → expiry; insertion order is expiry order, so pruning stops at the first live entry */
  readonly #seen = new Map<string, number>();
  readonly #consumers = new Map<string, LocalConsumer>();
  #closed = false;

  constructor(options: InProcessEventBusOptions = {}) {
    this.#logger = options.logger ?? createLogger('events');
    this.#windowMs = options.duplicateWindowMs ?? 120_000;
  }

  async publish(envelope: EventEnvelope<unknown>): Promise<void> {
    if (this.#closed) throw new Error('the event bus is closed');
    const event = normalizeEnvelope(envelope);
    const now = Date.now();
    for (const [id, expiry] of this.#seen) {
      if (expiry > now) break;
      this.#seen.delete(id);
    }
    if (this.#seen.has(event.id)) return;
    this.#seen.set(event.id, now + this.#windowMs);
    const subject = subjectFor(event.type);
    const body = JSON.stringify(event);
    for (const consumer of this.#consumers.values()) {
      if (consumer.wants(subject)) consumer.enqueue({ subject, body, deliveryCount: 1 });
    }
  }

  async subscribe<Payload = JsonValue>(options: SubscribeOptions<Payload>): Promise<Subscription> {
    if (this.#closed) throw new Error('the event bus is closed');
    const config = resolveSubscription(options);
    if (this.#consumers.has(config.consumer)) {
      throw new Error(`consumer ${config.consumer} is already subscribed on this in-process bus`);
    }
    const consumer = new LocalConsumer(config, this.#logger, (letter) => this.#deadLetter(letter));
    this.#consumers.set(config.consumer, consumer);
    return {
      consumer: config.consumer,
      stop: async () => {
        this.#consumers.delete(config.consumer);
        await consumer.stop();
      },
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    const consumers = [...this.#consumers.values()];
    this.#consumers.clear();
    await Promise.all(consumers.map((consumer) => consumer.stop()));
  }

  async #deadLetter(letter: EventEnvelope<unknown>): Promise<void> {
    if (this.#closed) return;
    await this.publish(letter);
  }
}

/** One durable consumer: handles its events one at a time, in order, except retries go to the back. */
class LocalConsumer {
  readonly #config: ResolvedSubscription;
  readonly #logger: EventLogger;
  readonly #deadLetter: (letter: EventEnvelope<unknown>) => Promise<void>;
  readonly #queue: Delivery[] = [];
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #draining: Promise<void> | null = null;
  #stopped = false;

  constructor(
    config: ResolvedSubscription,
    logger: EventLogger,
    deadLetter: (letter: EventEnvelope<unknown>) => Promise<void>,
  ) {
    this.#config = config;
    this.#logger = logger;
    this.#deadLetter = deadLetter;
  }

  wants(subject: string): boolean {
    return matchesAny(this.#config.subjects, subject);
  }

  enqueue(delivery: Delivery): void {
    if (this.#stopped) return;
    this.#queue.push(delivery);
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#queue.length = 0;
    await this.#draining;
  }

  #schedule(): void {
    if (this.#draining || this.#stopped || this.#queue.length === 0) return;
    // a macrotask first, so publish() returns before any handler runs, as with a real broker
    this.#draining = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => this.#drain())
      .finally(() => {
        this.#draining = null;
        this.#schedule();
      });
  }

  async #drain(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    for (let next = this.#queue.shift(); next && !this.#stopped; next = this.#queue.shift()) {
      const delivered: Promise<void> = this.#deliver(next).finally(() => inFlight.delete(delivered));
      inFlight.add(delivered);
      if (inFlight.size >= this.#config.concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  async #deliver(delivery: Delivery): Promise<void> {
    const { consumer, handler } = this.#config;
    const envelope = JSON.parse(delivery.body) as EventEnvelope;
    const { deliveryCount, subject } = delivery;
    try {
      await handler(envelope, { deliveryCount, consumer, subject });
    } catch (error) {
      await onHandlerFailure(
        error,
        { config: this.#config, envelope, deliveryCount, logger: this.#logger },
        {
          retry: (delayMs) => this.#retryLater({ ...delivery, deliveryCount: deliveryCount + 1 }, delayMs),
          deadLetter: (reason) =>
            this.#deadLetter(
              deadLetterEnvelope({
                consumer,
                subject,
                reason,
                deliveryCount,
                tenantId: envelope.tenantId,
                eventId: envelope.id,
                event: envelope,
              }),
            ).catch((dlqError: unknown) =>
              this.#logger.error({ consumer, eventId: envelope.id, err: dlqError }, 'could not dead-letter event'),
            ),
        },
      );
    }
  }

  #retryLater(delivery: Delivery, delayMs: number): void {
    if (this.#stopped) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.enqueue(delivery);
    }, delayMs);
    this.#timers.add(timer);
  }
}
