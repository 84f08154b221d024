import {
  applyCustomFieldValues,
  type CustomFieldDefinition,
  type CustomFieldDefinitionInput,
  type CustomFieldErrorCode,
  type CustomFieldProblem,
  type CustomFieldValidation,
  type CustomFieldValue,
  type CustomFieldValueInput,
  customFieldValueToString,
  MAX_CUSTOM_FIELDS,
  parseCustomFieldDefinition,
} from './custom-fields.ts';
import type { Sql } from './db/pg-tenant-db.ts';
import { Rejection, reject, type TxOptions } from './db/unit-of-work.ts';
import { ok, type PayloadError, payloadError, type Result } from './errors.ts';

/**
 * The storage side of custom fields, shared by every domain that has them (catalog: products and
 * variants; orders: customers and orders; procurement: suppliers). Each of those domains has the
 * same `custom_field_definitions` table in its own schema (its own migration, its own tenant policy)
 * and a `custom_fields jsonb` column on the entity's row; this module holds the statements and the
 * rules on them once: list, create (duplicate key, at most `MAX_CUSTOM_FIELDS` per entity), update
 * and archive (version check, key and type never change, the default re-checked) and the values a
 * write stores.
 *
 * Hand SQL on purpose: a domain's Prisma client is its own generated type, and one set of statements
 * here replaces three copies of the same Prisma calls (the tables are identical; `assertModelsMatch
 * Migrations` still checks each domain's model of it).
 */

/** Every entity that takes custom fields, whichever domain stores it (one enum in the supergraph). */
export const CUSTOM_FIELD_ENTITIES = ['PRODUCT', 'VARIANT', 'CUSTOMER', 'ORDER', 'SUPPLIER'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];

/** A stored definition: the kit's definition plus what the table keeps to list, order and archive it. */
export interface CustomFieldDefinitionRow extends CustomFieldDefinition {
  id: string;
  entity: CustomFieldEntity;
  position: number;
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
}

/** The codes a definition write can fail with. */
export type CustomFieldDefinitionCode = CustomFieldErrorCode | 'CONFLICT' | 'NOT_FOUND';

/** The part of a domain's unit of work the store needs (every `PgUnitOfWork` is one). */
export interface CustomFieldsDb {
  readonly tenantId: string | null;
  tx<T, Code extends string>(
    work: (sql: Sql, tx: { readonly tenantId: string | null }) => Promise<Result<T, Code>>,
    options?: TxOptions<Code>,
  ): Promise<Result<T, Code>>;
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

const COLUMNS = `id, entity, key, label, type, required, default_value as "defaultValue", validation, visibility,
  position, archived_at as "archivedAt", version, created_at as "createdAt"`;

const ORDER = 'order by position, created_at, id';

export const customFieldProblemErrors = (
  problems: readonly CustomFieldProblem[],
): PayloadError<CustomFieldErrorCode>[] =>
  problems.map((problem) => payloadError(problem.code, problem.message, problem.field));

/** The definitions and values of custom fields in one domain's schema (`customFieldStore('orders')`). */
export interface CustomFieldStore {
  readonly schema: string;
  /** the tenant's definitions of one entity in their order; archived ones only when asked */
  definitions(sql: Sql, entity: CustomFieldEntity, includeArchived?: boolean): Promise<CustomFieldDefinitionRow[]>;
  /** the active definitions of several entities in one statement (a request's loader) */
  activeDefinitions(sql: Sql, entities: readonly CustomFieldEntity[]): Promise<CustomFieldDefinitionRow[]>;
  create(
    db: CustomFieldsDb,
    entity: CustomFieldEntity,
    input: CustomFieldDefinitionInput & { position?: number | null },
  ): Promise<Result<CustomFieldDefinitionRow, CustomFieldDefinitionCode>>;
  /** changes what may change (not key or type); a definition of another entity is NOT_FOUND */
  update(
    db: CustomFieldsDb,
    entity: CustomFieldEntity | readonly CustomFieldEntity[],
    input: CustomFieldDefinitionUpdate,
  ): Promise<Result<CustomFieldDefinitionRow, CustomFieldDefinitionCode>>;
  /**
   * Validates the values one write of an entity sends against its active definitions (inside the
   * writer's unit of work) and returns the object to store; throws a `Rejection` with every problem.
   * `current` null: a new entity (defaults stored, required fields needed). An update that sends no
   * `customFields` (null) keeps `current` without a statement.
   */
  values(
    sql: Sql,
    entity: CustomFieldEntity,
    inputs: readonly CustomFieldValueInput[] | null | undefined,
    current: Readonly<Record<string, CustomFieldValue>> | null,
    options?: CustomFieldValuesOptions,
  ): Promise<Record<string, CustomFieldValue>>;
}

export interface CustomFieldValuesOptions {
  /** where each value's error points (default `['input', 'customFields', key]`) */
  path?: string[] | ((key: string) => string[]);
  /** the active definitions when the caller already read them */
  definitions?: readonly CustomFieldDefinition[];
  /**
   * Only these definitions may be written (a shopper at checkout: the STOREFRONT ones); a key of
   * another active definition is UNKNOWN_CUSTOM_FIELD, as if it did not exist, and it is not required
   * of this caller. A new entity still stores the other definitions' defaults.
   */
  only?: (definition: CustomFieldDefinition) => boolean;
}

export function customFieldStore(schema: string): CustomFieldStore {
  if (!/^[a-z_]+$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  const table = `${schema}.custom_field_definitions`;
  const unique = {
    custom_field_definitions_tenant_id_entity_key_key: payloadError<CustomFieldDefinitionCode>(
      'DUPLICATE_CUSTOM_FIELD_KEY',
      'Another custom field has this key',
      ['input', 'key'],
    ),
  };

  const definitions: CustomFieldStore['definitions'] = async (sql, entity, includeArchived = false) => {
    const { rows } = await sql.query<CustomFieldDefinitionRow>(
      `select ${COLUMNS} from ${table} where entity = $1 and ($2 or archived_at is null) ${ORDER}`,
      [entity, includeArchived],
    );
    return rows;
  };

  const store: CustomFieldStore = {
    schema,
    definitions,
    async activeDefinitions(sql, entities) {
      const { rows } = await sql.query<CustomFieldDefinitionRow>(
        `select ${COLUMNS} from ${table} where entity = any($1::text[]) and archived_at is null ${ORDER}`,
        [entities],
      );
      return rows;
    },

    async create(db, entity, input) {
      const parsed = parseCustomFieldDefinition(input);
      if (!parsed.ok) return { ok: false, errors: customFieldProblemErrors(parsed.problems) };
      const { definition } = parsed;
      return db.tx<CustomFieldDefinitionRow, CustomFieldDefinitionCode>(
        async (sql, tx) => {
          const { rows: existing } = await sql.query<{ key: string; position: number }>(
            `select key, position from ${table} where entity = $1`,
            [entity],
          );
          if (existing.some((row) => row.key === definition.key)) {
            reject('DUPLICATE_CUSTOM_FIELD_KEY', `Another custom field has the key ${definition.key}`, [
              'input',
              'key',
            ]);
          }
          if (existing.length >= MAX_CUSTOM_FIELDS) {
            reject(
              'INVALID_CUSTOM_FIELD_DEFINITION',
              `A tenant has at most ${MAX_CUSTOM_FIELDS} fields per entity`,
              null,
            );
          }
          const position = input.position ?? Math.max(-1, ...existing.map((field) => field.position)) + 1;
          const { rows } = await sql.query<CustomFieldDefinitionRow>(
            `insert into ${table} (tenant_id, entity, key, label, type, required, default_value, validation, visibility,
               position)
             values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10) returning ${COLUMNS}`,
            [
              tx.tenantId,
              entity,
              definition.key,
              definition.label,
              definition.type,
              definition.required,
              definition.defaultValue === null ? null : JSON.stringify(definition.defaultValue),
              JSON.stringify(definition.validation),
              definition.visibility,
              position,
            ],
          );
          return ok(rows[0]!);
        },
        { unique },
      );
    },

    async update(db, entity, input) {
      const entities = typeof entity === 'string' ? [entity] : [...entity];
      return db.tx<CustomFieldDefinitionRow, CustomFieldDefinitionCode>(async (sql) => {
        // a row lock: two edits of one definition are serialised, the second sees the first's version
        const { rows: found } = await sql.query<CustomFieldDefinitionRow>(
          `select ${COLUMNS} from ${table} where id = $1 and entity = any($2::text[]) for update`,
          [input.id, entities],
        );
        const current = found[0];
        if (!current) return reject('NOT_FOUND', 'No such custom field', ['input', 'id']);
        if (current.version !== input.version) {
          reject('CONFLICT', `The custom field changed (version ${current.version}); reload and retry`, [
            'input',
            'version',
          ]);
        }
        const parsed = parseCustomFieldDefinition({
          key: current.key,
          label: input.label ?? current.label,
          type: current.type,
          required: input.required ?? current.required,
          // the stored default re-checked against the (possibly new) validation, as its canonical string
          defaultValue:
            input.defaultValue ??
            (current.defaultValue === null ? null : customFieldValueToString(current.defaultValue)),
          validation: input.validation ?? current.validation,
          visibility: input.visibility ?? current.visibility,
        });
        if (!parsed.ok) throw new Rejection(customFieldProblemErrors(parsed.problems));
        const { definition } = parsed;
        const archivedAt =
          input.archived === true
            ? (current.archivedAt ?? new Date())
            : input.archived === false
              ? null
              : current.archivedAt;
        const { rows } = await sql.query<CustomFieldDefinitionRow>(
          `update ${table} set label = $2, required = $3, default_value = $4::jsonb, validation = $5::jsonb,
             visibility = $6, position = $7, archived_at = $8, version = version + 1
           where id = $1 returning ${COLUMNS}`,
          [
            input.id,
            definition.label,
            definition.required,
            definition.defaultValue === null ? null : JSON.stringify(definition.defaultValue),
            JSON.stringify(definition.validation),
            definition.visibility,
            input.position ?? current.position,
            archivedAt,
          ],
        );
        return ok(rows[0]!);
      });
    },

    async values(sql, entity, inputs, current, options = {}) {
      if (current !== null && (inputs === null || inputs === undefined)) return { ...current };
      const active = options.definitions ?? (await definitions(sql, entity));
      const writable = options.only ? active.filter(options.only) : active;
      // a new entity written by a caller limited to some fields (a shopper at checkout) still gets
      // the other fields' defaults, as staff defined them and as the API answers them
      const others: Record<string, CustomFieldValue> = {};
      if (current === null) {
        for (const definition of active) {
          if (!writable.includes(definition) && definition.defaultValue !== null) {
            others[definition.key] = definition.defaultValue;
          }
        }
      }
      if (writable.length === 0 && (inputs ?? []).length === 0) return { ...others, ...(current ?? {}) };
      const applied = applyCustomFieldValues(writable, inputs, current, options.path ?? ['input', 'customFields']);
      if (!applied.ok) throw new Rejection(customFieldProblemErrors(applied.problems));
      return { ...others, ...applied.values };
    },
  };
  return store;
}
