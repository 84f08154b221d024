import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { currentTraceparent } from '../tracing.ts';
import { currentCause } from './causation.ts';
import { SUBJECT_ROOT, TOKEN } from './subjects.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * What travels on the bus. `id` is also the outbox `event_id` and the `Nats-Msg-Id`, so a publish
 * repeated by a relay is dropped by the stream and a redelivery is recognised by consumers.
 */
export interface EventEnvelope<Payload = JsonValue> {
  id: string;
  /** `<domain>.<event>`, e.g. `identity.tenant.created` */
  type: string;
  /** bumped when the payload shape changes incompatibly; consumers branch on it */
  version: number;
  tenantId: string;
  aggregateType: string;
  aggregateId: string;
  /** ISO 8601 */
  occurredAt: string;
  payload: Payload;
  /**
   * W3C trace context of what caused the event (the request or the event being handled), so one
   * trace shows a checkout and everything it set off; absent when tracing is off.
   */
  traceparent?: string;
  /** the request that started the chain this event belongs to (or its first event); see `causation.ts` */
  correlationId?: string;
  /** what directly caused it: that request's id, or the id of the event whose handling emitted it */
  causationId?: string;
}

export interface NewEvent<Payload = JsonValue> {
  type: string;
  tenantId: string;
  aggregateType: string;
  aggregateId: string;
  payload: Payload;
  version?: number;
  id?: string;
  occurredAt?: string | Date;
  /** default: the active trace, if any */
  traceparent?: string;
  /** default: the cause of what runs now (`withCause`), if any */
  correlationId?: string;
  causationId?: string;
}

/** At least two tokens, so the first one always names the owning domain. */
const EVENT_TYPE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;

const envelopeSchema = z.object({
  id: z.guid(),
  type: z.string().regex(EVENT_TYPE, 'must look like <domain>.<event>'),
  version: z.number().int().positive(),
  tenantId: z.guid(),
  aggregateType: z.string().min(1),
  aggregateId: z.string().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  payload: z.json(),
  traceparent: z
    .string()
    .regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/)
    .optional(),
  correlationId: z.string().min(1).max(200).optional(),
  causationId: z.string().min(1).max(200).optional(),
});

/** `identity.tenant.created` → `ucos.identity.tenant.created` */
export function subjectFor(type: string): string {
  if (!EVENT_TYPE.test(type)) throw new Error(`invalid event type "${type}": expected <domain>.<event>`);
  return `${SUBJECT_ROOT}.${type}`;
}

/** Where a consumer's given-up messages go; the consumer name is a single subject token. */
export function deadLetterType(consumer: string): string {
  if (!TOKEN.test(consumer)) throw new Error(`invalid consumer name "${consumer}": use letters, digits, _ and -`);
  return `dlq.${consumer}`;
}

export function deadLetterSubject(consumer: string): string {
  return subjectFor(deadLetterType(consumer));
}

export function createEnvelope<Payload = JsonValue>(event: NewEvent<Payload>): EventEnvelope<Payload> {
  const occurredAt = event.occurredAt ?? new Date();
  const traceparent = event.traceparent ?? currentTraceparent();
  const cause = currentCause();
  const correlationId = event.correlationId ?? cause?.correlationId;
  const causationId = event.causationId ?? cause?.causationId;
  return {
    id: event.id ?? randomUUID(),
    type: event.type,
    version: event.version ?? 1,
    tenantId: event.tenantId,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    occurredAt: typeof occurredAt === 'string' ? occurredAt : occurredAt.toISOString(),
    payload: event.payload,
    ...(traceparent ? { traceparent } : {}),
    ...(correlationId ? { correlationId } : {}),
    ...(causationId ? { causationId } : {}),
  };
}

/** Validates what arrives from outside (the wire, the outbox). */
export function parseEnvelope(value: unknown): EventEnvelope {
  return envelopeSchema.parse(value) as EventEnvelope;
}

/**
 * A validated, JSON-only copy of an outgoing envelope, so a bad event fails where it is made rather
 * than downstream. It gets JSON.stringify semantics (Dates become strings, undefined fields vanish),
 * because that is what every consumer will see anyway.
 */
export function normalizeEnvelope(envelope: EventEnvelope<unknown>): EventEnvelope {
  const text = JSON.stringify(envelope) as string | undefined;
  if (text === undefined) throw new Error('an event envelope must be a JSON object');
  return parseEnvelope(JSON.parse(text));
}
