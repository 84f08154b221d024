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
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { WorkflowDocument } from '../definitions/model.ts';
import { type DefinitionProblem, parseDefinition, triggerSummary } from '../definitions/parse.ts';
import type {
  Definition as DefinitionModel,
  DefinitionVersion as DefinitionVersionModel,
  Prisma,
} from '../generated/prisma/client.ts';
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

/** A definition as the stores return it: the model without `tenant_id`, its trigger kind narrowed. */
export type DefinitionRow = Omit<DefinitionModel, 'tenantId' | 'triggerKind'> & {
  triggerKind: 'event' | 'schedule' | 'manual';
};

/** A version as the stores return it: the model without `tenant_id`, its document as the engine runs it. */
export type VersionRow = Omit<DefinitionVersionModel, 'tenantId' | 'document'> & { document: WorkflowDocument };

const definitionRow = ({ tenantId: _tenantId, ...row }: DefinitionModel): DefinitionRow => row as DefinitionRow;
const versionRow = ({ tenantId: _tenantId, ...row }: DefinitionVersionModel): VersionRow =>
  row as unknown as VersionRow;

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

/** The definition, locked until the transaction ends: a save and an enable of it run one after the other. */
const lockDefinition = (sql: Sql, id: string): Promise<DefinitionRow | null> =>
  // a row lock (for update), which Prisma's reads cannot take
  one<DefinitionRow>(sql, `select ${DEFINITION_COLUMNS} from workflows.definitions where id = $1 for update`, [id]);

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
  return db.run((sql) =>
    orm(sql, async (prisma) => {
      const after = page.after?.[0] ?? null;
      const rows = await prisma.definition.findMany({
        where: after === null ? {} : { name: { gt: after } },
        orderBy: { name: 'asc' },
        take: page.limit + 1,
      });
      const count = await prisma.definition.count();
      return toConnection(rows.map(definitionRow), page, count, (row) => [row.name]);
    }),
  );
}

export const definitionById = (db: TenantDb, id: string): Promise<DefinitionRow | null> =>
  db.run(async (sql) => {
    const row = await orm(sql, (prisma) => prisma.definition.findFirst({ where: { id } }));
    return row ? definitionRow(row) : null;
  });

export async function listVersions(
  db: TenantDb,
  definitionId: string,
  page: Page<typeof CURSOR_KEYS.position>,
): Promise<Connection<VersionRow>> {
  return db.run((sql) =>
    orm(sql, async (prisma) => {
      const before = page.after ? Number(page.after[0]) : null;
      const rows = await prisma.definitionVersion.findMany({
        where: before === null ? { definitionId } : { definitionId, version: { lt: before } },
        orderBy: { version: 'desc' },
        take: page.limit + 1,
      });
      const count = await prisma.definitionVersion.count({ where: { definitionId } });
      return toConnection(rows.map(versionRow), page, count, (row) => [String(row.version)]);
    }),
  );
}

export const versionOf = (db: TenantDb, definitionId: string, version: number): Promise<VersionRow | null> =>
  db.run(async (sql) => {
    const row = await orm(sql, (prisma) => prisma.definitionVersion.findFirst({ where: { definitionId, version } }));
    return row ? versionRow(row) : null;
  });

/** For the engine: one version of a definition (a run is pinned to it), in the caller's transaction. */
export async function definitionVersion(
  sql: Sql,
  definitionId: string,
  version: number,
): Promise<RunnableDefinition | null> {
  // the engine's path: a definition and its version in one joined statement
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
  // asked for every event the worker consumes: one joined statement
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
  // a definition and its latest version in one joined statement, as the engine's other reads
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
      const definition = definitionRow(
        await orm(sql, (prisma) =>
          prisma.definition.create({
            data: {
              tenantId: tx.tenantId,
              name: document.name,
              description: document.description ?? null,
              triggerKind: trigger.kind,
              triggerEvent: trigger.event,
              template,
              createdBy: actor,
            },
          }),
        ),
      );
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
    const current = await lockDefinition(sql, id);
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
    const definition = definitionRow(
      await orm(sql, (prisma) =>
        prisma.definition.update({
          where: { tenantId_id: { tenantId: tx.tenantId, id } },
          data: {
            latestVersion: next,
            description: document.description ?? null,
            triggerKind: trigger.kind,
            triggerEvent: trigger.event,
            updatedAt: new Date(),
          },
        }),
      ),
    );
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
    const current = await lockDefinition(sql, id);
    if (!current) return fail(payloadError<DefinitionErrorCode>('NOT_FOUND', 'No such workflow', ['input', 'id']));
    if (current.enabled === enabled) return ok(current);
    const definition = definitionRow(
      await orm(sql, (prisma) =>
        prisma.definition.update({
          where: { tenantId_id: { tenantId: tx.tenantId, id } },
          data: { enabled, updatedAt: new Date() },
        }),
      ),
    );
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
  return versionRow(
    await orm(sql, (prisma) =>
      prisma.definitionVersion.create({
        data: {
          tenantId,
          definitionId,
          version,
          source,
          document: document as unknown as Prisma.InputJsonValue,
          createdBy: actor,
        },
      }),
    ),
  );
}
