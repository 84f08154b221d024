import { type EventBus, idempotentConsumer, parseEventPayload, type Subscription } from '@ucos/kit';
import type { z } from 'zod';
import type { CatalogDatabase, Sql } from '../../db.ts';

/** What another domain's event says of one read-model row: its key and its one value. */
export interface Reported<Value> {
  key: string;
  value: Value;
}

/**
 * Subscribes the consumer that keeps one of catalog's read models in step with another domain's
 * event (one subject): applied once per event (processed_messages), its payload validated because
 * the producer is not ours, and recorded as of the event's occurredAt, so a stale event never
 * overwrites a newer one.
 */
export function subscribeReadModel<Payload extends z.ZodType, Value>(
  bus: EventBus,
  unitOfWork: CatalogDatabase,
  model: {
    consumer: string;
    subject: string;
    payload: Payload;
    report(payload: z.output<Payload>): Reported<Value>;
    record(sql: Sql, tenantId: string, report: Reported<Value> & { at: string }): Promise<void>;
  },
): Promise<Subscription> {
  return bus.subscribe({
    consumer: model.consumer,
    subjects: [model.subject],
    handler: idempotentConsumer({
      unitOfWork,
      consumer: model.consumer,
      async handle(envelope, sql) {
        const reported = model.report(parseEventPayload(model.payload, envelope));
        await model.record(sql, envelope.tenantId, { ...reported, at: envelope.occurredAt });
      },
    }),
  });
}
