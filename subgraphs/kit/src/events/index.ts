import type { EventBus, EventLogger } from './bus.ts';
import { InProcessEventBus } from './in-process-bus.ts';
import { NatsEventBus, type NatsEventBusOptions } from './nats-bus.ts';

export type {
  DeliveryMeta,
  EventBus,
  EventHandler,
  EventLogger,
  SubscribeOptions,
  Subscription,
} from './bus.ts';
export { DEFAULT_BACKOFF_MS, DEFAULT_MAX_DELIVER, PermanentEventError } from './bus.ts';
export { type Cause, causeFields, causeOfHandling, currentCause, withCause } from './causation.ts';
export { type IdempotentHandlerOptions, idempotentHandler } from './consumer.ts';
export { type DeadLetter, deadLetterEnvelope } from './dead-letter.ts';
export {
  createEnvelope,
  deadLetterSubject,
  type EventEnvelope,
  type JsonValue,
  type NewEvent,
  normalizeEnvelope,
  parseEnvelope,
  subjectFor,
} from './event.ts';
export { InProcessEventBus, type InProcessEventBusOptions } from './in-process-bus.ts';
export { NatsEventBus, type NatsEventBusOptions, TENANT_HEADER, TYPE_HEADER } from './nats-bus.ts';
export { enqueueEvent, type OutboxExecutor, type RawSqlExecutor, type SqlClient } from './outbox.ts';
export { type OutboxEventRow, type OutboxHistoryQuery, outboxHistory } from './outbox-history.ts';
export { isPrivateEvent, PRIVATE_EVENT_PREFIXES } from './private-events.ts';
export { OutboxRelay, type OutboxRelayOptions, type RelayRun } from './relay.ts';
export { subjectMatches } from './subjects.ts';

export interface CreateEventBusOptions {
  /** NATS_URL; unset means the in-process bus (the embedded default) */
  natsUrl?: string | undefined;
  logger?: EventLogger;
  nats?: Omit<NatsEventBusOptions, 'servers' | 'logger'>;
}

export async function createEventBus(options: CreateEventBusOptions = {}): Promise<EventBus> {
  const logger = options.logger ? { logger: options.logger } : {};
  if (options.natsUrl) return NatsEventBus.connect({ ...options.nats, ...logger, servers: options.natsUrl });
  return new InProcessEventBus(logger);
}
export { parseEventPayload } from './payload.ts';
