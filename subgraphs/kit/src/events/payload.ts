import type { z } from 'zod';
import { PermanentEventError } from './bus.ts';
import type { EventEnvelope } from './event.ts';

/**
 * Reads an event's payload against its schema. A payload that does not fit never will: it is a
 * permanent failure, dead-lettered at once with zod's explanation rather than retried.
 */
export function parseEventPayload<Schema extends z.ZodType>(
  schema: Schema,
  envelope: EventEnvelope<unknown>,
): z.infer<Schema> {
  const result = schema.safeParse(envelope.payload);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  throw new PermanentEventError(`malformed ${envelope.type} v${envelope.version}: ${problems.join('; ')}`);
}
