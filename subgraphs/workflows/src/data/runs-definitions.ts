import type { Sql } from '../db.ts';
import type { WorkflowDocument } from '../definitions/model.ts';

/**
 * The engine's read of definitions (a tiny read of `definitions` + `definition_versions`). When the
 * definitions data module (`src/data/definitions.ts`) offers the same reads, these become its callers.
 */
export interface RunnableDefinition {
  id: string;
  name: string;
  version: number;
  document: WorkflowDocument;
}

export async function definitionVersion(
  sql: Sql,
  definitionId: string,
  version: number,
): Promise<RunnableDefinition | null> {
  const { rows } = await sql.query<RunnableDefinition>(
    `select d.id, d.name, v.version, v.document from workflows.definition_versions v
       join workflows.definitions d on d.tenant_id = v.tenant_id and d.id = v.definition_id
      where v.definition_id = $1 and v.version = $2`,
    [definitionId, version],
  );
  return rows[0] ?? null;
}

/** Enabled definitions whose latest version is triggered by `eventType`. */
export async function enabledDefinitionsForEvent(sql: Sql, eventType: string): Promise<RunnableDefinition[]> {
  const { rows } = await sql.query<RunnableDefinition>(
    `select d.id, d.name, v.version, v.document from workflows.definitions d
       join workflows.definition_versions v on v.tenant_id = d.tenant_id and v.definition_id = d.id
        and v.version = d.latest_version
      where d.enabled and d.trigger_kind = 'event' and d.trigger_event = $1`,
    [eventType],
  );
  return rows;
}

/** The latest version of a definition, enabled or not (manual starts and schedules). */
export async function latestDefinition(
  sql: Sql,
  definitionId: string,
): Promise<(RunnableDefinition & { enabled: boolean }) | null> {
  const { rows } = await sql.query<RunnableDefinition & { enabled: boolean }>(
    `select d.id, d.name, v.version, v.document, d.enabled from workflows.definitions d
       join workflows.definition_versions v on v.tenant_id = d.tenant_id and v.definition_id = d.id
        and v.version = d.latest_version
      where d.id = $1`,
    [definitionId],
  );
  return rows[0] ?? null;
}
