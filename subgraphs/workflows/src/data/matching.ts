import type { Logger } from '@ucos/kit';
import type { Sql, TenantDb } from '../db.ts';
import { evaluateBoolean } from '../definitions/expressions.ts';
import { isEventTrigger } from '../definitions/model.ts';
import { enabledDefinitionsForEvent, type RunnableDefinition } from './definitions.ts';

/** What trigger expressions see as `event`: the envelope without the tenant. */
export interface TriggerEvent {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/**
 * The enabled definitions an event starts a run of: its type is their trigger's and their filter holds.
 * The engine's router and the `workflowsMatching` query ask the same question through here, so a
 * domain that decides "approved by rule" when nothing matches agrees with what the engine then does.
 * A filter that fails to evaluate matches nothing (logged).
 */
export async function matchingDefinitions(
  sql: Sql,
  tenantId: string,
  event: TriggerEvent,
  log?: Logger,
): Promise<RunnableDefinition[]> {
  const matches: RunnableDefinition[] = [];
  for (const definition of await enabledDefinitionsForEvent(sql, event.type)) {
    const trigger = definition.document.trigger;
    if (!isEventTrigger(trigger)) continue;
    if (trigger.filter) {
      try {
        if (!(await evaluateBoolean(trigger.filter, { event, tenant: { id: tenantId } }))) continue;
      } catch (error) {
        log?.warn({ err: error, definitionId: definition.id, eventId: event.id }, 'a trigger filter failed');
        continue;
      }
    }
    matches.push(definition);
  }
  return matches;
}

/** For another domain, before it publishes: which workflows would this event start now? */
export const definitionsMatching = (db: TenantDb, eventType: string, payload: Record<string, unknown>) =>
  db.run((sql) =>
    matchingDefinitions(sql, db.tenantId, {
      id: '00000000-0000-0000-0000-000000000000',
      type: eventType,
      version: 1,
      occurredAt: new Date().toISOString(),
      aggregateType: '',
      aggregateId: '',
      payload,
    }),
  );
