import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Why an event happened, carried on its envelope: `correlationId` names the whole chain (the request
 * that started it, through every event it set off), `causationId` its direct cause (that request, or
 * the event whose handling emitted it). Traces show the same chain when tracing is on; these ids are
 * there when it is off and stay in the outbox, the bus and the logs.
 */
export interface Cause {
  correlationId: string;
  causationId: string;
}

const causes = new AsyncLocalStorage<Cause>();

/** Runs `work` with `cause` as the cause of every event it emits. */
export const withCause = <T>(cause: Cause, work: () => T): T => causes.run(cause, work);

/** The cause of what runs now: a request's or a handled event's; undefined in timers and jobs. */
export const currentCause = (): Cause | undefined => causes.getStore();

/** The cause of what a handler of `event` emits: the event itself, in the chain it belongs to. */
export const causeOfHandling = (event: { id: string; correlationId?: string }): Cause => ({
  correlationId: event.correlationId ?? event.id,
  causationId: event.id,
});

/** For log lines: the chain a line belongs to. */
export function causeFields(): { correlationId?: string; causationId?: string } {
  const cause = causes.getStore();
  return cause ? { correlationId: cause.correlationId, causationId: cause.causationId } : {};
}
