import {
  type Connection,
  type CURSOR_KEYS,
  fail,
  ok,
  type Page,
  type PayloadError,
  payloadError,
  type Result,
  toConnection,
} from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { WorkflowDocument } from '../definitions/model.ts';
import { type DefinitionProblem, parseDefinition, triggerSummary } from '../definitions/parse.ts';
import { renderTemplate, templateByKey } from '../templates/index.ts';

/**
 * A tenant's workflow definitions and their versions. Every save is a new immutable version (the
 * source byte for byte and the validated document); `definitions` carries the latest version's
 * trigger so the engine finds the candidates for an event by type.
 */

export const DEFINITION_ERROR_CODES = [
  'INVALID_WORKFLOW',
  'NAME_TAKEN',
  'NAME_IMMUTABLE',
  'NOT_FOUND',
  'UNKNOWN_TEMPLATE',
  'INVALID_PARAMETER',
  'INVALID_EVENT',
] as const;
export type DefinitionErrorCode = (typeof DEFINITION_ERROR_CODES)[number];
export type DefinitionResult<T> = Result<T, DefinitionErrorCode>;

export interface DefinitionRow {
  id: string;
  name: string;
  description: string | null;
  triggerKind: 'event' | 'schedule' | 'manual';
  triggerEvent: string | null;
  enabled: boolean;
  latestVersion: number;
  template: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VersionRow {
  definitionId: string;
  version: number;
  source: string;
  document: WorkflowDocument;
  createdBy: string | null;
  createdAt: Date;
}

/** What the engine runs: one version of one definition. */
export interface RunnableDefinition {
  id: string;
  name: string;
  version: number;
  document: WorkflowDocument;
}

const DEFINITION_COLUMNS = `id, name, description, trigger_kind as "triggerKind", trigger_event as "triggerEvent",
  enabled, latest_version as "latestVersion", template, created_by as "createdBy", created_at as "createdAt",
  updated_at as "updatedAt"`;
const VERSION_COLUMNS = `definition_id as "definitionId", version, source, document, created_by as "createdBy",
  created_at as "createdAt"`;

const NAME_TAKEN = payloadError<DefinitionErrorCode>('NAME_TAKEN', 'A workflow of this tenant already has this name', [
  'input',
  'source',
]);
const UNIQUE = { definitions_tenant_id_name_key: NAME_TAKEN };

/** One payload error per problem, its line and column in the message (`field` is the source). */
export const problemErrors = (problems: DefinitionProblem[]): PayloadError<DefinitionErrorCode>[] =>
  problems.map((problem) =>
    payloadError<DefinitionErrorCode>(
      'INVALID_WORKFLOW',
      `line ${problem.line}, column ${problem.column}: ${problem.message}`,
      ['input', 'source'],
    ),
  );

export async function listDefinitions(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.code>,
): Promise<Connection<DefinitionRow>> {
  return db.run(async (sql) => {
    const after = page.after?.[0] ?? null;
    const [{ rows }, count] = [
      await sql.query<DefinitionRow>(
        `select ${DEFINITION_COLUMNS} from workflows.definitions
          where ($1::text is null or name > $1) order by name limit $2`,
        [after, page.limit + 1],
      ),
      await one<{ count: number }>(sql, 'select count(*)::int as count from workflows.definitions', []),
    ];
    return toConnection(rows, page, count?.count ?? 0, (row) => [row.name]);
  });
}

export const definitionById = (db: TenantDb, id: string) =>
  db.run((sql) =>
    one<DefinitionRow>(sql, `select ${DEFINITION_COLUMNS} from workflows.definitions where id = $1`, [id]),
  );

export async function listVersions(
  db: TenantDb,
  definitionId: string,
  page: Page<typeof CURSOR_KEYS.position>,
): Promise<Connection<VersionRow>> {
  return db.run(async (sql) => {
    const before = page.after ? Number(page.after[0]) : null;
    const { rows } = await sql.query<VersionRow>(
      `select ${VERSION_COLUMNS} from workflows.definition_versions
        where definition_id = $1 and ($2::int is null or version < $2) order by version desc limit $3`,
      [definitionId, before, page.limit + 1],
    );
    const count = await one<{ count: number }>(
      sql,
      'select count(*)::int as count from workflows.definition_versions where definition_id = $1',
      [definitionId],
    );
    return toConnection(rows, page, count?.count ?? 0, (row) => [String(row.version)]);
  });
}

export const versionOf = (db: TenantDb, definitionId: string, version: number) =>
  db.run((sql) =>
    one<VersionRow>(
      sql,
      `select ${VERSION_COLUMNS} from workflows.definition_versions where definition_id = $1 and version = $2`,
      [definitionId, version],
    ),
  );

/** For the engine: one version of a definition (a run is pinned to it), in the caller's transaction. */
export async function definitionVersion(
  sql: Sql,
  definitionId: string,
  version: number,
): Promise<RunnableDefinition | null> {
  return one<RunnableDefinition>(
    sql,
    `select d.id, d.name, v.version, v.document
       from workflows.definitions d
       join workflows.definition_versions v on v.tenant_id = d.tenant_id and v.definition_id = d.id
      where d.id = $1 and v.version = $2`,
    [definitionId, version],
  );
}

/** For the engine: the enabled definitions whose latest version is triggered by this event type. */
export async function enabledDefinitionsForEvent(sql: Sql, eventType: string): Promise<RunnableDefinition[]> {
  const { rows } = await sql.query<RunnableDefinition>(
    `select d.id, d.name, v.version, v.document
       from workflows.definitions d
       join workflows.definition_versions v
         on v.tenant_id = d.tenant_id and v.definition_id = d.id and v.version = d.latest_version
      where d.enabled and d.trigger_kind = 'event' and d.trigger_event = $1
      order by d.name`,
    [eventType],
  );
  return rows;
}

/** The latest version of a definition, enabled or not (manual starts and schedules). */
export async function latestDefinition(
  sql: Sql,
  definitionId: string,
): Promise<(RunnableDefinition & { enabled: boolean }) | null> {
  return one<RunnableDefinition & { enabled: boolean }>(
    sql,
    `select d.id, d.name, v.version, v.document, d.enabled
       from workflows.definitions d
       join workflows.definition_versions v
         on v.tenant_id = d.tenant_id and v.definition_id = d.id and v.version = d.latest_version
      where d.id = $1`,
    [definitionId],
  );
}

export interface SaveResult {
  definition: DefinitionRow;
  version: VersionRow;
}

/** A new definition from its YAML: version 1, disabled until enabled. */
export async function createDefinition(
  db: TenantDb,
  actor: string | null,
  source: string,
  template: string | null = null,
): Promise<DefinitionResult<SaveResult>> {
  const parsed = parseDefinition(source);
  if (!parsed.ok) return fail(...problemErrors(parsed.errors));
  const document = parsed.document;
  const trigger = triggerSummary(document);
  return db.tx(
    async (sql, tx) => {
      const definition = (await one<DefinitionRow>(
        sql,
        `insert into workflows.definitions
           (tenant_id, name, description, trigger_kind, trigger_event, template, created_by)
         values ($1, $2, $3, $4, $5, $6, $7) returning ${DEFINITION_COLUMNS}`,
        [tx.tenantId, document.name, document.description ?? null, trigger.kind, trigger.event, template, actor],
      )) as DefinitionRow;
      const version = await insertVersion(sql, tx.tenantId, definition.id, 1, source, document, actor);
      await tx.emit('workflows.definition.changed', definition.id, {
        definitionId: definition.id,
        name: definition.name,
        version: 1,
        enabled: definition.enabled,
      });
      return ok({ definition, version });
    },
    { unique: UNIQUE },
  );
}

export function createFromTemplate(
  db: TenantDb,
  actor: string | null,
  key: string,
  parameters: Record<string, string>,
): Promise<DefinitionResult<SaveResult>> | DefinitionResult<SaveResult> {
  const template = templateByKey(key);
  if (!template) return fail(payloadError('UNKNOWN_TEMPLATE', `No template "${key}"`, ['input', 'template']));
  const rendered = renderTemplate(template, parameters);
  if (!rendered.ok) {
    return fail(
      ...rendered.problems.map((problem) =>
        payloadError<DefinitionErrorCode>('INVALID_PARAMETER', problem.message, ['input', 'parameters', problem.key]),
      ),
    );
  }
  return createDefinition(db, actor, rendered.source, template.key);
}

/** A save: a new version (the name cannot change: runs and other workflows know it by name). */
export async function updateDefinition(
  db: TenantDb,
  actor: string | null,
  id: string,
  source: string,
): Promise<DefinitionResult<SaveResult>> {
  const parsed = parseDefinition(source);
  if (!parsed.ok) return fail(...problemErrors(parsed.errors));
  const document = parsed.document;
  const trigger = triggerSummary(document);
  return db.tx(async (sql, tx) => {
    const current = await one<DefinitionRow>(
      sql,
      `select ${DEFINITION_COLUMNS} from workflows.definitions where id = $1 for update`,
      [id],
    );
    if (!current) return fail(payloadError<DefinitionErrorCode>('NOT_FOUND', 'No such workflow', ['input', 'id']));
    if (current.name !== document.name) {
      return fail(
        payloadError<DefinitionErrorCode>(
          'NAME_IMMUTABLE',
          `The name cannot change (it is "${current.name}"); create a new workflow instead`,
          ['input', 'source'],
        ),
      );
    }
    const next = current.latestVersion + 1;
    const version = await insertVersion(sql, tx.tenantId, id, next, source, document, actor);
    const definition = (await one<DefinitionRow>(
      sql,
      `update workflows.definitions
          set latest_version = $2, description = $3, trigger_kind = $4, trigger_event = $5, updated_at = now()
        where id = $1 returning ${DEFINITION_COLUMNS}`,
      [id, next, document.description ?? null, trigger.kind, trigger.event],
    )) as DefinitionRow;
    await tx.emit('workflows.definition.changed', id, {
      definitionId: id,
      name: definition.name,
      version: next,
      enabled: definition.enabled,
    });
    return ok({ definition, version });
  });
}

/** Enables or disables a definition; the event only when the state changes. */
export async function setEnabled(db: TenantDb, id: string, enabled: boolean): Promise<DefinitionResult<DefinitionRow>> {
  return db.tx(async (sql, tx) => {
    const current = await one<DefinitionRow>(
      sql,
      `select ${DEFINITION_COLUMNS} from workflows.definitions where id = $1 for update`,
      [id],
    );
    if (!current) return fail(payloadError<DefinitionErrorCode>('NOT_FOUND', 'No such workflow', ['input', 'id']));
    if (current.enabled === enabled) return ok(current);
    const definition = (await one<DefinitionRow>(
      sql,
      `update workflows.definitions set enabled = $2, updated_at = now() where id = $1 returning ${DEFINITION_COLUMNS}`,
      [id, enabled],
    )) as DefinitionRow;
    await tx.emit('workflows.definition.changed', id, {
      definitionId: id,
      name: definition.name,
      version: definition.latestVersion,
      enabled,
    });
    return ok(definition);
  });
}

async function insertVersion(
  sql: Sql,
  tenantId: string,
  definitionId: string,
  version: number,
  source: string,
  document: WorkflowDocument,
  actor: string | null,
): Promise<VersionRow> {
  return (await one<VersionRow>(
    sql,
    `insert into workflows.definition_versions (tenant_id, definition_id, version, source, document, created_by)
     values ($1, $2, $3, $4, $5, $6) returning ${VERSION_COLUMNS}`,
    [tenantId, definitionId, version, source, JSON.stringify(document), actor],
  )) as VersionRow;
}
