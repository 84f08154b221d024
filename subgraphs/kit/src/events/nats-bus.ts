import {
  AckPolicy,
  type ConsumerConfig,
  type ConsumerMessages,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import {
  connect,
  headers,
  type NatsConnection,
  type Subscription as NatsSubscription,
  nanos,
} from '@nats-io/transport-node';
import { createLogger } from '../logger.ts';
import {
  type EventBus,
  type EventLogger,
  failureReason,
  onHandlerFailure,
  type ResolvedSubscription,
  resolveSubscription,
  retryDelayMs,
  type SubscribeOptions,
  type Subscription,
} from './bus.ts';
import { type DeadLetterInput, deadLetterEnvelope, UNKNOWN_TENANT } from './dead-letter.ts';
import { type EventEnvelope, type JsonValue, normalizeEnvelope, parseEnvelope, subjectFor } from './event.ts';
import { coveringFilter, filterCovers, matchesAny, SUBJECT_ROOT } from './subjects.ts';

export const TENANT_HEADER = 'Ucos-Tenant';
export const TYPE_HEADER = 'Ucos-Event-Type';

export interface NatsEventBusOptions {
  servers: string | string[];
  logger?: EventLogger;
  /** connection name shown by the server's monitoring */
  name?: string;
  /** default `UCOS` */
  streamName?: string;
  /** how long the stream remembers a Nats-Msg-Id; default 2 minutes */
  duplicateWindowMs?: number;
  /** stream retention, which is also how far back a new durable consumer starts; default 7 days */
  maxAgeMs?: number;
  /** default 5 s; the relay holds its outbox transaction open that long at worst */
  publishTimeoutMs?: number;
  /** redelivery when a process dies mid-handler; a live handler keeps extending it; default 30 s */
  ackWaitMs?: number;
  /**
   * copies of the stream (and so of its consumers) across a JetStream cluster: 3 survives the loss of
   * a server with nothing lost; default 1 (one server). An existing stream is moved to this count.
   */
  replicas?: number;
}

/**
 * Deliveries the server allows beyond `maxDeliver`. We dead-letter after the last handler attempt
 * ourselves; the spares let a message whose last attempt never finished (crash, lost ack, failed
 * dead-letter publish) still reach the DLQ instead of being dropped by the server.
 */
const SPARE_DELIVERIES = 3;
/** small, because buffered messages' ack-wait clocks are already running */
const PREFETCH = 16;
/**
 * How long one pull request waits on the server. A stop waits for the open requests to end before
 * it drops the inbox: the server answers an open request even after the inbox lost its interest, and
 * what it sends there waits out the ack wait. Short, so a stop takes at most about this long.
 */
const PULL_EXPIRES_MS = 2_000;
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Active {
  config: ResolvedSubscription;
  /** set when the server cannot filter on several subjects (before 2.10): we filter here */
  clientFilter: string[] | null;
  messages: ConsumerMessages;
  stopping: boolean;
  /** delivered after stop(), not handled: handed back to the server once the pull has ended */
  handBack: JsMsg[];
  stopped: Promise<void>;
  signalStop: () => void;
  done: Promise<void>;
}

/**
 * The production bus: one JetStream stream over `ucos.>`, publishes de-duplicated by event id, durable
 * pull consumers with explicit acks. Handler failures are retried with `nak(delay)` rather than the
 * consumer's `backoff` list, because the server applies that list to the ack timeout of a handler that
 * is still running, and would redeliver slow handlers early.
 */
export class NatsEventBus implements EventBus {
  readonly #nc: NatsConnection;
  readonly #js: JetStreamClient;
  readonly #jsm: JetStreamManager;
  readonly #logger: EventLogger;
  readonly #stream: string;
  readonly #duplicateWindowMs: number;
  readonly #maxAgeMs: number;
  readonly #publishTimeoutMs: number;
  readonly #ackWaitMs: number;
  readonly #replicas: number;
  readonly #active = new Set<Active>();
  #connected = true;
  #closed = false;
  #repairing: Promise<void> | null = null;
  #watching: Promise<void> = Promise.resolve();

  private constructor(nc: NatsConnection, jsm: JetStreamManager, options: NatsEventBusOptions, logger: EventLogger) {
    this.#nc = nc;
    this.#js = jetstream(nc);
    this.#jsm = jsm;
    this.#logger = logger;
    this.#stream = options.streamName ?? 'UCOS';
    this.#duplicateWindowMs = options.duplicateWindowMs ?? 120_000;
    this.#maxAgeMs = options.maxAgeMs ?? 7 * 24 * 3_600_000;
    this.#publishTimeoutMs = options.publishTimeoutMs ?? 5_000;
    this.#ackWaitMs = options.ackWaitMs ?? 30_000;
    this.#replicas = options.replicas ?? 1;
  }

  static async connect(options: NatsEventBusOptions): Promise<NatsEventBus> {
    const logger = options.logger ?? createLogger('events');
    const nc = await connect({
      servers: options.servers,
      name: options.name ?? 'ucos',
      // keep trying forever: while NATS is away the outbox holds events and consumers simply wait
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
      pingInterval: 10_000,
    });
    try {
      const bus = new NatsEventBus(nc, await jetstreamManager(nc), options, logger);
      await bus.#ensureStream();
      bus.#watching = bus.#watchConnection();
      return bus;
    } catch (error) {
      await nc.close();
      throw error;
    }
  }

  async publish(envelope: EventEnvelope<unknown>): Promise<void> {
    if (this.#closed) throw new Error('the event bus is closed');
    // fail fast rather than queue behind a dead socket: the relay keeps the event and retries
    if (!this.#connected) throw new Error('NATS is disconnected');
    const event = normalizeEnvelope(envelope);
    const metadata = headers();
    metadata.set(TENANT_HEADER, event.tenantId);
    metadata.set(TYPE_HEADER, event.type);
    if (event.traceparent) metadata.set('traceparent', event.traceparent);
    await this.#js.publish(subjectFor(event.type), JSON.stringify(event), {
      msgID: event.id,
      headers: metadata,
      timeout: this.#publishTimeoutMs,
    });
  }

  async subscribe<Payload = JsonValue>(options: SubscribeOptions<Payload>): Promise<Subscription> {
    if (this.#closed) throw new Error('the event bus is closed');
    const config = resolveSubscription(options);
    const clientFilter = await this.#ensureConsumer(config);
    const messages = await this.#consume(config.consumer);
    let signalStop = () => {};
    const stopped = new Promise<void>((resolve) => {
      signalStop = resolve;
    });
    const active: Active = {
      config,
      clientFilter,
      messages,
      stopping: false,
      handBack: [],
      stopped,
      signalStop,
      done: stopped,
    };
    active.done = this.#run(active);
    this.#active.add(active);
    return { consumer: config.consumer, stop: () => this.#stop(active) };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#active].map((active) => this.#stop(active)));
    await this.#repairing?.catch(() => undefined);
    if (!this.#nc.isClosed()) await this.#nc.drain();
    await this.#watching;
  }

  async #stop(active: Active): Promise<void> {
    if (!active.stopping) {
      active.stopping = true;
      active.signalStop();
      await endPull(active.messages);
      await active.messages.close();
    }
    await active.done;
    // only now: a message handed back while the pull was still open went straight back into it, and
    // was lost with the closing subscription until its ack wait expired
    for (const msg of [...active.handBack.splice(0), ...leftInQueue(active.messages)]) msg.nak();
    this.#active.delete(active);
  }

  #consume(consumer: string): Promise<ConsumerMessages> {
    return this.#js.consumers
      .get(this.#stream, consumer)
      .then((pull) => pull.consume({ max_messages: PREFETCH, expires: PULL_EXPIRES_MS }));
  }

  /** Consumes until stopped; when the consumer vanished (a server that lost its state), recreates it. */
  async #run(active: Active): Promise<void> {
    while (!active.stopping) {
      const watching = this.#watchConsumer(active, active.messages);
      const inFlight = new Set<Promise<void>>();
      try {
        for await (const msg of active.messages) {
          // arrived after stop(): handed back once the pull has ended (see #stop)
          if (active.stopping) {
            active.handBack.push(msg);
            continue;
          }
          const handled: Promise<void> = this.#process(active, msg).finally(() => inFlight.delete(handled));
          inFlight.add(handled);
          if (inFlight.size >= active.config.concurrency) await Promise.race(inFlight);
        }
      } catch (error) {
        if (!active.stopping) this.#logger.warn({ consumer: active.config.consumer, err: error }, 'consume ended');
      } finally {
        await Promise.all(inFlight);
      }
      await watching;
      if (this.#nc.isClosed()) return;
      while (!active.stopping) {
        try {
          await this.#repair();
          await this.#ensureConsumer(active.config);
          const messages = await this.#consume(active.config.consumer);
          if (active.stopping) await messages.close();
          else active.messages = messages;
          break;
        } catch (error) {
          this.#logger.warn({ consumer: active.config.consumer, err: error }, 'could not resume consuming, retrying');
          await Promise.race([active.stopped, new Promise((resolve) => setTimeout(resolve, 1_000))]);
        }
      }
    }
  }

  async #process(active: Active, msg: JsMsg): Promise<void> {
    const { consumer, handler, maxDeliver } = active.config;
    const { subject } = msg;
    const deliveryCount = msg.info.deliveryCount;
    if (active.clientFilter && !matchesAny(active.clientFilter, subject)) {
      msg.ack();
      return;
    }
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(msg.json());
    } catch (error) {
      const tenant = msg.headers?.get(TENANT_HEADER) ?? '';
      await this.#deadLetter(msg, active, {
        reason: `unreadable event: ${failureReason(error)}`,
        tenantId: TENANT_ID.test(tenant) ? tenant : UNKNOWN_TENANT,
        eventId: null,
        event: msg.string(),
      });
      return;
    }
    const letter = { tenantId: envelope.tenantId, eventId: envelope.id, event: envelope };
    if (deliveryCount > maxDeliver) {
      await this.#deadLetter(msg, active, { ...letter, reason: 'attempts exhausted: the last one never finished' });
      return;
    }
    const keepAlive = setInterval(() => msg.working(), Math.max(100, this.#ackWaitMs / 3));
    try {
      await handler(envelope, { deliveryCount, consumer, subject });
      msg.ack();
    } catch (error) {
      await onHandlerFailure(
        error,
        { config: active.config, envelope, deliveryCount, logger: this.#logger },
        {
          retry: (delayMs) => msg.nak(delayMs),
          deadLetter: (reason) => this.#deadLetter(msg, active, { ...letter, reason }),
        },
      );
    } finally {
      clearInterval(keepAlive);
    }
  }

  async #deadLetter(
    msg: JsMsg,
    active: Active,
    letter: Omit<DeadLetterInput, 'consumer' | 'subject' | 'deliveryCount'>,
  ): Promise<void> {
    const { consumer, backoffMs } = active.config;
    const deliveryCount = msg.info.deliveryCount;
    try {
      await this.publish(deadLetterEnvelope({ ...letter, consumer, subject: msg.subject, deliveryCount }));
      msg.ack();
    } catch (error) {
      // not acked, so a spare delivery brings it back to try the dead-letter publish again
      this.#logger.error({ consumer, eventId: letter.eventId, err: error }, 'could not dead-letter event');
      msg.nak(retryDelayMs(backoffMs, backoffMs.length));
    }
  }

  async #ensureStream(): Promise<void> {
    const subjects = [`${SUBJECT_ROOT}.>`];
    try {
      const info = await this.#jsm.streams.info(this.#stream);
      if (!info.config.subjects?.includes(subjects[0]!)) {
        throw new Error(`stream ${this.#stream} exists but does not capture ${subjects[0]}`);
      }
      if ((info.config.num_replicas || 1) !== this.#replicas) {
        await this.#jsm.streams.update(this.#stream, { ...info.config, num_replicas: this.#replicas });
        this.#logger.info(
          { stream: this.#stream, from: info.config.num_replicas, to: this.#replicas },
          'changed the JetStream stream replicas',
        );
      }
    } catch (error) {
      if (!isApiError(error, JetStreamApiCodes.StreamNotFound)) throw error;
      await this.#jsm.streams.add({
        name: this.#stream,
        subjects,
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        duplicate_window: nanos(this.#duplicateWindowMs),
        max_age: nanos(this.#maxAgeMs),
        num_replicas: this.#replicas,
      });
      this.#logger.info({ stream: this.#stream }, 'created JetStream stream');
    }
  }

  /** Creates or updates the durable consumer; returns the subjects to filter client-side, if any. */
  async #ensureConsumer(config: ResolvedSubscription): Promise<string[] | null> {
    const [first, ...rest] = config.subjects;
    const multiFilter = rest.length > 0 && supportsMultipleFilters(this.#nc.info?.version);
    const filter: Partial<ConsumerConfig> =
      rest.length === 0
        ? { filter_subject: first }
        : multiFilter
          ? { filter_subjects: config.subjects }
          : { filter_subject: coveringFilter(config.subjects) };
    const settings: Partial<ConsumerConfig> = {
      ack_wait: nanos(this.#ackWaitMs),
      max_deliver: config.maxDeliver + SPARE_DELIVERIES,
      ...filter,
    };
    try {
      const info = await this.#jsm.consumers.info(this.#stream, config.consumer);
      const current = info.config;
      const same =
        current.ack_wait === settings.ack_wait &&
        current.max_deliver === settings.max_deliver &&
        // a durable made with a wider covering filter (before it was narrowed) keeps it: the bus filters what arrives
        (multiFilter || rest.length === 0
          ? (current.filter_subject ?? '') === (settings.filter_subject ?? '')
          : filterCovers(current.filter_subject ?? '', settings.filter_subject ?? '')) &&
        sameSet(current.filter_subjects ?? [], settings.filter_subjects ?? []);
      if (!same) await this.#jsm.consumers.update(this.#stream, config.consumer, settings);
    } catch (error) {
      if (!isApiError(error, JetStreamApiCodes.ConsumerNotFound)) throw error;
      await this.#jsm.consumers.add(this.#stream, {
        durable_name: config.consumer,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ...settings,
      });
    }
    return rest.length === 0 || multiFilter ? null : config.subjects;
  }

  /** After a server restart that lost its state: put the stream back (consumers come back in #run). */
  #repair(): Promise<void> {
    this.#repairing ??= this.#ensureStream()
      .catch((error: unknown) => this.#logger.warn({ err: error }, 'could not restore the JetStream stream'))
      .finally(() => {
        this.#repairing = null;
      });
    return this.#repairing;
  }

  /**
   * The library keeps pulling while the stream or consumer is missing, but only re-checks every 30 s:
   * end this consume instead, so #run recreates what is missing and consumes again right away.
   */
  async #watchConsumer(active: Active, messages: ConsumerMessages): Promise<void> {
    const missing = new Set(['consumer_not_found', 'consumer_deleted', 'stream_not_found']);
    for await (const status of messages.status()) {
      if (missing.has(status.type) && !active.stopping && !this.#closed) {
        this.#logger.warn({ consumer: active.config.consumer, status: status.type }, 'consumer lost, recreating it');
        await this.#repair();
        messages.stop();
      }
    }
  }

  async #watchConnection(): Promise<void> {
    for await (const status of this.#nc.status()) {
      if (status.type === 'disconnect') {
        this.#connected = false;
        this.#logger.warn({ server: status.server }, 'NATS disconnected, reconnecting');
      } else if (status.type === 'reconnect') {
        this.#connected = true;
        this.#logger.info({ server: status.server }, 'NATS reconnected');
        if (!this.#closed) void this.#repair();
      }
    }
  }
}

/**
 * Ends the pull before the consume is closed. No further pull requests are sent, and the open ones
 * are left to end (filled, or expired after PULL_EXPIRES_MS): the server answers an open request even
 * after its inbox lost interest, and a message sent there, or a handed-back one redelivered there,
 * would wait out the ack wait (30 s). Every message that arrives meanwhile reaches the consume loop,
 * which keeps it to hand back. Then the inbox is drained, so nothing still on the wire is dropped.
 */
async function endPull(messages: ConsumerMessages): Promise<void> {
  // the library's consume keeps these on the implementation, not on the interface
  const consume = messages as {
    sub?: NatsSubscription | undefined;
    pull?: (options: unknown) => void;
    pending?: { requests: number };
  };
  consume.pull = () => {};
  const deadline = Date.now() + PULL_EXPIRES_MS + 1_000;
  while ((consume.pending?.requests ?? 0) > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const inbox = consume.sub;
  if (!inbox || inbox.isClosed() || inbox.isDraining()) return;
  await inbox.drain().catch(() => undefined);
}

/**
 * What the closed consume still held: its iterator ends after the batch in hand, so messages queued
 * behind that batch never reach the loop, and would wait out the ack wait unless handed back.
 * The library keeps the queue on the implementation (`yields`), beside its own signals (functions).
 */
function leftInQueue(messages: ConsumerMessages): JsMsg[] {
  const queued = (messages as { yields?: unknown[] }).yields ?? [];
  return queued.filter((item): item is JsMsg => typeof item !== 'function');
}

function isApiError(error: unknown, code: number): boolean {
  return error instanceof JetStreamApiError && error.code === code;
}

function supportsMultipleFilters(version: string | undefined): boolean {
  const [major = 0, minor = 0] = (version ?? '').split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 10);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
