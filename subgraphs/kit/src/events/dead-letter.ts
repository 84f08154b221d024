import { createHash } from 'node:crypto';
import { deadLetterType, type EventEnvelope } from './event.ts';

/** The payload of an event on `ucos.dlq.<consumer>`: enough to inspect the failure and replay it. */
export interface DeadLetter {
  consumer: string;
  subject: string;
  reason: string;
  deliveryCount: number;
  failedAt: string;
  /** the original envelope, or its raw text when it could not even be parsed */
  event: EventEnvelope | string;
}

export interface DeadLetterInput {
  consumer: string;
  subject: string;
  reason: string;
  deliveryCount: number;
  tenantId: string;
  /** the original event id, when known */
  eventId: string | null;
  event: EventEnvelope | string;
}

/** Tenant of dead letters whose original carried none we could read. */
export const UNKNOWN_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * The dead letter is itself an event, so the usual subscribe API reads a DLQ. Its id derives from
 * consumer and event, so dead-lettering the same event twice (a crash between publish and ack) is
 * de-duplicated like any other publish.
 */
export function deadLetterEnvelope(input: DeadLetterInput): EventEnvelope<DeadLetter> {
  const source = input.eventId ?? createHash('sha256').update(JSON.stringify(input.event)).digest('hex');
  return {
    id: nameBasedUuid(`${input.consumer}:${source}`),
    type: deadLetterType(input.consumer),
    version: 1,
    tenantId: input.tenantId,
    aggregateType: 'event',
    aggregateId: input.eventId ?? source,
    occurredAt: new Date().toISOString(),
    payload: {
      consumer: input.consumer,
      subject: input.subject,
      reason: input.reason,
      deliveryCount: input.deliveryCount,
      failedAt: new Date().toISOString(),
      event: input.event,
    },
  };
}

/** An RFC 4122 version 5 style UUID (SHA-1 of the name): stable for the same name. */
function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(name).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
