import type { Logger } from '../logger.ts';
import { pipelineMetrics } from '../pipeline-metrics.ts';
import { extractTraceContext, inSpan, SpanKind, tracingEnabled } from '../tracing.ts';
import { causeOfHandling, withCause } from './causation.ts';
import type { EventEnvelope, JsonValue } from './event.ts';
import { assertSubjectFilter, TOKEN } from './subjects.ts';

export type EventLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface DeliveryMeta {
  /** 1 on the first delivery; a handler may use it to tell a retry from a first attempt */
  deliveryCount: number;
  consumer: string;
  subject: string;
}

/**
 * Resolving acknowledges the event; throwing schedules a retry. Delivery is at least once, so a
 * handler with side effects must be idempotent (see `idempotentHandler`).
 */
export type EventHandler<Payload = JsonValue> = (
  envelope: EventEnvelope<Payload>,
  meta: DeliveryMeta,
) => Promise<void> | void;

export interface SubscribeOptions<Payload = JsonValue> {
  /** durable name: the position survives restarts, and processes sharing it share the work */
  consumer: string;
  /** NATS filters such as `ucos.identity.>` or `ucos.*.order.placed` */
  subjects: string[];
  /** the payload type is trusted, not checked: validate it in the handler if the producer is not yours */
  handler: EventHandler<Payload>;
  /** attempts before the event goes to `ucos.dlq.<consumer>`; default 5 */
  maxDeliver?: number;
  /** wait before attempt n+1 is `backoffMs[n-1]`, the last entry repeating; default 1 s, 5 s, 30 s, 2 min */
  backoffMs?: number[];
  /**
   * events handled at once by this process; default 1, which keeps the order of delivery. More only
   * for a handler whose events are independent of each other's order (it trades order for throughput).
   */
  concurrency?: number;
}

export interface Subscription {
  readonly consumer: string;
  /** stops delivering here and waits for the handler in progress; the durable consumer stays */
  stop(): Promise<void>;
}

export interface EventBus {
  /** idempotent on `envelope.id` within the de-duplication window */
  publish(envelope: EventEnvelope<unknown>): Promise<void>;
  subscribe<Payload = JsonValue>(options: SubscribeOptions<Payload>): Promise<Subscription>;
  /** stops every subscription, lets handlers in progress finish, then releases connections */
  close(): Promise<void>;
}

export const DEFAULT_MAX_DELIVER = 5;
export const DEFAULT_BACKOFF_MS: readonly number[] = [1_000, 5_000, 30_000, 120_000];

export type ResolvedSubscription = Required<SubscribeOptions<JsonValue>>;

export function resolveSubscription<Payload>(options: SubscribeOptions<Payload>): ResolvedSubscription {
  if (!TOKEN.test(options.consumer)) {
    throw new Error(`invalid consumer name "${options.consumer}": use letters, digits, _ and -`);
  }
  if (options.subjects.length === 0) throw new Error(`consumer ${options.consumer} subscribes to no subject`);
  for (const subject of options.subjects) assertSubjectFilter(subject);
  const maxDeliver = options.maxDeliver ?? DEFAULT_MAX_DELIVER;
  if (!Number.isInteger(maxDeliver) || maxDeliver < 1) throw new Error('maxDeliver must be a positive integer');
  const backoffMs = options.backoffMs ?? [...DEFAULT_BACKOFF_MS];
  if (backoffMs.some((ms) => !Number.isFinite(ms) || ms < 0)) throw new Error('backoffMs must be non-negative');
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('concurrency must be a positive integer');
  return {
    concurrency,
    consumer: options.consumer,
    subjects: [...new Set(options.subjects)],
    handler: measured(options.consumer, options.handler as EventHandler<JsonValue>, maxDeliver),
    maxDeliver,
    backoffMs,
  };
}

/** The handler, counted: outcome (ok, retry, dead_letter as the bus will decide), duration, lag, redeliveries. */
function measured(consumer: string, handler: EventHandler<JsonValue>, maxDeliver: number): EventHandler<JsonValue> {
  const metrics = pipelineMetrics();
  const labels = { consumer };
  // what the handler emits (and logs) continues the chain of the event it handles
  return (envelope, meta) => withCause(causeOfHandling(envelope), () => counted(envelope, meta));
  async function counted(envelope: EventEnvelope<JsonValue>, meta: DeliveryMeta): Promise<void> {
    const started = Date.now();
    const occurred = Date.parse(envelope.occurredAt);
    if (Number.isFinite(occurred)) metrics.consumerLag.observe(labels, Math.max(0, started - occurred) / 1000);
    if (meta.deliveryCount > 1) metrics.redelivered.inc(labels);
    try {
      if (tracingEnabled()) {
        await inSpan(
          `consume ${envelope.type}`,
          {
            kind: SpanKind.CONSUMER,
            parent: extractTraceContext(envelope.traceparent),
            attributes: {
              'messaging.consumer.group.name': consumer,
              'messaging.message.id': envelope.id,
              'ucos.tenant_id': envelope.tenantId,
              'ucos.delivery_count': meta.deliveryCount,
            },
          },
          async () => {
            await handler(envelope, meta);
          },
        );
      } else {
        await handler(envelope, meta);
      }
      metrics.handled.inc({ consumer, outcome: 'ok' });
    } catch (error) {
      const outcome = shouldRetry(error, meta.deliveryCount, maxDeliver) ? 'retry' : 'dead_letter';
      metrics.handled.inc({ consumer, outcome });
      throw error;
    } finally {
      metrics.handleDuration.observe(labels, (Date.now() - started) / 1000);
    }
  }
}

/** How long to wait after delivery `deliveryCount` failed. */
export function retryDelayMs(backoffMs: readonly number[], deliveryCount: number): number {
  if (backoffMs.length === 0) return 0;
  return backoffMs[Math.min(deliveryCount, backoffMs.length) - 1] ?? 0;
}

export function failureReason(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Thrown by a handler for an event that can never succeed (a malformed payload, an unknown
 * version): the bus dead-letters it at once instead of retrying with backoff.
 */
export class PermanentEventError extends Error {
  override name = 'PermanentEventError';
}

/** Whether another delivery could help: not for permanent failures, nor past the last attempt. */
export function shouldRetry(error: unknown, deliveryCount: number, maxDeliver: number): boolean {
  const permanent = error instanceof Error && error.name === 'PermanentEventError';
  return !permanent && deliveryCount < maxDeliver;
}

/**
 * What both buses do when a consumer's handler threw: while attempts remain and the error is not
 * permanent, `retry` after the backoff's delay (a warning); otherwise `deadLetter` with the failure as
 * its reason (an error).
 */
export async function onHandlerFailure(
  error: unknown,
  delivery: {
    config: Pick<ResolvedSubscription, 'consumer' | 'maxDeliver' | 'backoffMs'>;
    envelope: EventEnvelope;
    deliveryCount: number;
    logger: EventLogger;
  },
  next: { retry(delayMs: number): void; deadLetter(reason: string): Promise<void> },
): Promise<void> {
  const { config, envelope, deliveryCount, logger } = delivery;
  const context = { consumer: config.consumer, eventId: envelope.id, type: envelope.type, deliveryCount, err: error };
  if (shouldRetry(error, deliveryCount, config.maxDeliver)) {
    logger.warn(context, 'event handler failed, will retry');
    next.retry(retryDelayMs(config.backoffMs, deliveryCount));
    return;
  }
  logger.error(context, 'event handler failed for the last time, dead-lettering');
  await next.deadLetter(failureReason(error));
}
