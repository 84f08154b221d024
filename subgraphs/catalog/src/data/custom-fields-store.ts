import { ok, Rejection, type UniqueErrors } from '@ucos/kit';
import {
  applyCustomFieldValues,
  type CustomFieldDefinition,
  type CustomFieldDefinitionInput,
  type CustomFieldProblem,
  type CustomFieldValidation,
  type CustomFieldValue,
  type CustomFieldValueInput,
  customFieldValueToString,
  MAX_CUSTOM_FIELDS,
  parseCustomFieldDefinition,
} from '@ucos/kit/custom-fields';
import { type CatalogDatabase, orm, type Sql } from '../db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { type CatalogErrorCode, type CatalogResult, catalogError, reject } from './errors.ts';
import type { CustomFieldDefinitionRow } from './rows.ts';

export type { CustomFieldDefinitionRow } from './rows.ts';

/** The entities of catalog that take custom fields. */
export const CUSTOM_FIELD_ENTITIES = ['PRODUCT', 'VARIANT'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];

/** The columns a definition is read with (Prisma select). */
const DEFINITION_FIELDS = {
  id: true,
  entity: true,
  key: true,
  label: true,
  type: true,
  required: true,
  defaultValue: true,
  validation: true,
  visibility: true,
  position: true,
  archivedAt: true,
  version: true,
  createdAt: true,
} as const;

const asRow = (row: Record<string, unknown>) => row as unknown as CustomFieldDefinitionRow;

const UNIQUE: UniqueErrors<CatalogErrorCode> = {
  custom_field_definitions_tenant_id_entity_key_key: {
    code: 'DUPLICATE_CUSTOM_FIELD_KEY',
    message: 'Another custom field has this key',
    field: ['input', 'key'],
  },
};

/** The tenant's field definitions of one entity in their order; archived ones only when asked. */
export async function customFieldDefinitions(
  sql: Sql,
  entity: CustomFieldEntity,
  includeArchived = false,
): Promise<CustomFieldDefinitionRow[]> {
  const rows = await orm(sql, (db) =>
    db.customFieldDefinition.findMany({
      where: { entity, ...(includeArchived ? {} : { archivedAt: null }) },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: DEFINITION_FIELDS,
    }),
  );
  return rows.map(asRow);
}

const toPayloadErrors = (problems: CustomFieldProblem[]) =>
  problems.map((problem) => catalogError(problem.code, problem.message, problem.field));

export async function createCustomFieldDefinition(
  db: CatalogDatabase,
  input: CustomFieldDefinitionInput & { position?: number | null; entity?: CustomFieldEntity | null },
): Promise<CatalogResult<CustomFieldDefinitionRow>> {
  const entity = input.entity ?? 'PRODUCT';
  const parsed = parseCustomFieldDefinition(input);
  if (!parsed.ok) return { ok: false, errors: toPayloadErrors(parsed.problems) };
  const { definition } = parsed;
  return db.tx(
    async (sql, tx) => {
      const existing = await orm(sql, (db) =>
        db.customFieldDefinition.findMany({ where: { entity }, select: { key: true, position: true } }),
      );
      if (existing.some((row) => row.key === definition.key)) {
        reject('DUPLICATE_CUSTOM_FIELD_KEY', `Another custom field has the key ${definition.key}`, ['input', 'key']);
      }
      if (existing.length >= MAX_CUSTOM_FIELDS) {
        reject('INVALID_CUSTOM_FIELD_DEFINITION', `A tenant has at most ${MAX_CUSTOM_FIELDS} fields per entity`, null);
      }
      const row = await orm(sql, (db) =>
        db.customFieldDefinition.create({
          data: {
            tenantId: tx.tenantId!,
            entity,
            key: definition.key,
            label: definition.label,
            type: definition.type,
            required: definition.required,
            defaultValue: definition.defaultValue ?? undefined,
            validation: definition.validation as object,
            visibility: definition.visibility,
            position: input.position ?? Math.max(-1, ...existing.map((field) => field.position)) + 1,
          },
          select: DEFINITION_FIELDS,
        }),
      );
      return ok(asRow(row));
    },
    { unique: UNIQUE },
  );
}

export interface CustomFieldDefinitionUpdate {
  id: string;
  version: number;
  label?: string | null;
  required?: boolean | null;
  /** '' clears the default; null or absent keeps it */
  defaultValue?: string | null;
  validation?: CustomFieldValidation | null;
  visibility?: CustomFieldDefinition['visibility'] | null;
  position?: number | null;
  archived?: boolean | null;
}

/** Changes what may change of a definition (its key and type stay: stored values depend on them). */
export async function updateCustomFieldDefinition(
  db: CatalogDatabase,
  input: CustomFieldDefinitionUpdate,
): Promise<CatalogResult<CustomFieldDefinitionRow>> {
  return db.tx(async (sql) => {
    const current = await lockDefinition(sql, input.id, input.version);
    const parsed = parseCustomFieldDefinition({
      key: current.key,
      label: input.label ?? current.label,
      type: current.type,
      required: input.required ?? current.required,
      // the stored default re-checked against the (possibly new) validation, as its canonical string
      defaultValue:
        input.defaultValue ??
        (current.defaultValue === null ? null : defaultAsString(current.defaultValue as CustomFieldValue)),
      validation: input.validation ?? current.validation,
      visibility: input.visibility ?? current.visibility,
    });
    if (!parsed.ok) throw new Rejection(toPayloadErrors(parsed.problems));
    const { definition } = parsed;
    const archivedAt =
      input.archived === true
        ? (current.archivedAt ?? new Date())
        : input.archived === false
          ? null
          : current.archivedAt;
    const updated = await orm(sql, (db) =>
      db.customFieldDefinition.updateManyAndReturn({
        where: { id: input.id },
        data: {
          label: definition.label,
          required: definition.required,
          defaultValue: definition.defaultValue ?? prismaJsonNull(),
          validation: definition.validation as object,
          visibility: definition.visibility,
          position: input.position ?? current.position,
          archivedAt,
          version: { increment: 1 },
        },
        select: DEFINITION_FIELDS,
      }),
    );
    return ok(asRow(updated[0]!));
  });
}

const prismaJsonNull = () => Prisma.DbNull;
const defaultAsString = (value: CustomFieldValue) => customFieldValueToString(value);

async function lockDefinition(sql: Sql, id: string, version: number): Promise<CustomFieldDefinitionRow> {
  // hand SQL: a row lock (for update), which Prisma cannot take
  const { rows } = await sql.query<{ id: string }>('select id from custom_field_definitions where id = $1 for update', [
    id,
  ]);
  if (!rows[0]) return reject('NOT_FOUND', 'No such custom field', ['input', 'id']);
  const current = asRow(
    (await orm(sql, (db) => db.customFieldDefinition.findFirst({ where: { id }, select: DEFINITION_FIELDS })))!,
  );
  if (current.version !== version) {
    reject('CONFLICT', `The custom field changed (version ${current.version}); reload and retry`, ['input', 'version']);
  }
  return current;
}

/**
 * Validates the custom field values written to one product or variant against the tenant's active
 * definitions of that entity (inside the writer's unit of work) and returns the object to store;
 * refuses with every problem, each naming its field. `current` null: a new one (defaults stored,
 * required fields needed).
 */
export async function entityCustomFields(
  sql: Sql,
  entity: CustomFieldEntity,
  inputs: readonly CustomFieldValueInput[] | null | undefined,
  current: Record<string, CustomFieldValue> | null,
  path: string[] | ((key: string) => string[]) = ['input', 'customFields'],
  definitions?: readonly CustomFieldDefinition[],
): Promise<Record<string, CustomFieldValue>> {
  // an update that does not touch the fields leaves them as they are
  if (current !== null && (inputs === null || inputs === undefined)) return current;
  const active = definitions ?? (await customFieldDefinitions(sql, entity));
  if (active.length === 0 && (inputs ?? []).length === 0) return current ?? {};
  const applied = applyCustomFieldValues(active, inputs, current, path);
  if (!applied.ok) throw new Rejection(toPayloadErrors(applied.problems));
  return applied.values;
}

/** The product's values (see `entityCustomFields`). */
export const productCustomFields = (
  sql: Sql,
  inputs: readonly CustomFieldValueInput[] | null | undefined,
  current: Record<string, CustomFieldValue> | null,
  path: string[] | ((key: string) => string[]) = ['input', 'customFields'],
) => entityCustomFields(sql, 'PRODUCT', inputs, current, path);
