import { type EventEnvelope, isPrivateEvent, type Logger, type UnitOfWorkTx } from '@ucos/kit';
import { definitionVersion } from '../../data/definitions.ts';
import { matchingDefinitions } from '../../data/matching.ts';
import { completeWaitingStep, lockStepsWaitingFor } from '../../data/run-engine.ts';
import { insertRun, wakeRun } from '../../data/runs.ts';
import type { Sql } from '../../db.ts';
import { evaluateBoolean } from '../../definitions/expressions.ts';
import type { WaitStep } from '../../definitions/model.ts';
import type { Engine } from '../../engine/engine.ts';
import { indexSteps } from '../../engine/paths.ts';
import type { WorkflowsEvents } from '../out/workflows-events.ts';

export const ENGINE_CONSUMER = 'workflows-engine';
/** Every domain event; dead letters (`ucos.dlq.*`) and the engine's own run/task events are not triggers. */
export const ENGINE_SUBJECTS = ['ucos.>'];

const payloadRecord = (payload: unknown): Record<string, unknown> =>
  payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};

/**
 * One domain event, in the event tenant's unit of work (once per event, `idempotentConsumer`):
 * starts the runs of enabled definitions it triggers (at most one per definition and event: the
 * runs' dedupe key), completes the `wait: event` steps it matches, and continues runs whose task
 * was decided or which the API started. The runs advance right after the commit, not at a poll.
 */
export async function routeEvent(
  envelope: EventEnvelope,
  sql: Sql,
  tx: UnitOfWorkTx<WorkflowsEvents, string>,
  engine: Engine,
  log: Logger,
): Promise<void> {
  // identity's account mail events start and feed nothing (the kit's `isPrivateEvent`): a tenant's
  // workflow would learn from them whether an address has an account
  if (isPrivateEvent(envelope.type)) return;
  const payload = payloadRecord(envelope.payload);
  // what expressions see as `event`: the envelope without the tenant (`event.payload.totalAmount`)
  const event = {
    id: envelope.id,
    type: envelope.type,
    version: envelope.version,
    occurredAt: envelope.occurredAt,
    aggregateType: envelope.aggregateType,
    aggregateId: envelope.aggregateId,
    payload,
  };
  const advance = (runId: string) =>
    tx.afterCommit(() => {
      void engine.advance(tx.tenantId, runId);
    });
  if (envelope.type === 'workflows.task.decided' || envelope.type === 'workflows.run.started') {
    if (typeof payload.runId === 'string') advance(payload.runId);
    return;
  }
  if (envelope.type.startsWith('workflows.run.')) return;

  for (const definition of await matchingDefinitions(sql, tx.tenantId, event, log)) {
    const requester = [payload.requestedBy, payload.actor].find((value) => typeof value === 'string') as
      | string
      | undefined;
    const run = await insertRun(sql, tx.tenantId, {
      definitionId: definition.id,
      version: definition.version,
      trigger: { kind: 'event', eventId: envelope.id, eventType: envelope.type },
      requester: requester ?? null,
      event,
      input: null,
      vars: definition.document.variables ?? {},
      dedupeKey: `event:${envelope.id}`,
      lease: { owner: engine.workerId, ms: engine.leaseMs },
    });
    if (run) {
      const document = definition.document;
      tx.afterCommit(() => {
        void engine.advance(tx.tenantId, run.id, { run, document });
      });
    }
  }

  const waiting = await lockStepsWaitingFor(sql, envelope.type);
  for (const step of waiting) {
    const definition = await definitionVersion(sql, step.definition_id, step.definition_version);
    const wait = definition && (indexSteps(definition.document.steps).get(step.path) as WaitStep | undefined)?.wait;
    if (!wait || !('event' in wait)) continue;
    if (wait.filter) {
      try {
        const scope = { event, vars: step.vars, input: step.input, tenant: { id: tx.tenantId } };
        if (!(await evaluateBoolean(wait.filter, scope))) continue;
      } catch (error) {
        log.warn({ err: error, runId: step.run_id, path: step.path }, 'a wait filter failed');
        continue;
      }
    }
    await completeWaitingStep(sql, step.run_id, step.path, { timedOut: false, event });
    await wakeRun(sql, step.run_id);
    advance(step.run_id);
  }
}
