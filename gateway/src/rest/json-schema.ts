import {
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';

export type JsonSchema = Record<string, unknown>;

/** The JSON form of the platform's scalars (kit's custom scalars serialize as strings or numbers). */
const SCALARS: Record<string, JsonSchema> = {
  Int: { type: 'integer' },
  Float: { type: 'number' },
  String: { type: 'string' },
  Boolean: { type: 'boolean' },
  ID: { type: 'string' },
  DateTime: { type: 'string', format: 'date-time' },
  Date: { type: 'string', format: 'date' },
  MinorUnits: { type: 'integer', description: 'An amount in minor units (1999 for 19.99 EUR)' },
};

function scalarSchema(name: string, description?: string | null): JsonSchema {
  return SCALARS[name] ?? { ...(description ? { description } : {}) };
}

function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  if (schema.$ref || !schema.type) return { anyOf: [schema, { type: 'null' }] };
  return schema;
}

function withDescription(schema: JsonSchema, description: string | null | undefined): JsonSchema {
  if (!description) return schema;
  // a $ref takes no siblings in every tool, so the description wraps it
  return schema.$ref ? { allOf: [schema], description } : { ...schema, description };
}

/**
 * GraphQL input types as JSON Schema. Named input objects and enums land in `components` (input
 * objects can be recursive) and are referred to; `components` fills as types are met.
 */
export class InputSchemas {
  readonly components: Record<string, JsonSchema> = {};

  of(type: GraphQLInputType): JsonSchema {
    if (isNonNullType(type)) return this.of(type.ofType);
    return nullable(this.nonNull(type));
  }

  /** the type's schema without null, whatever its nullability (a path parameter is always there) */
  nonNull(type: GraphQLInputType): JsonSchema {
    if (isNonNullType(type)) return this.nonNull(type.ofType);
    if (isListType(type)) return { type: 'array', items: this.of(type.ofType) };
    if (isScalarType(type)) return scalarSchema(type.name, type.description);
    return this.ref(type);
  }

  /** a reference to the named enum or input object's schema in `components` */
  ref(type: GraphQLNamedType): JsonSchema {
    const ref = { $ref: `#/components/schemas/${type.name}` };
    if (type.name in this.components) return ref;
    if (isEnumType(type)) {
      this.components[type.name] = {
        type: 'string',
        enum: type.getValues().map((value) => value.name),
        ...(type.description ? { description: type.description } : {}),
      };
      return ref;
    }
    if (!isInputObjectType(type)) throw new Error(`${type.name} is not an input type`);
    const schema: JsonSchema = { type: 'object', additionalProperties: false, properties: {} };
    this.components[type.name] = schema; // before the fields: a field may refer back to it
    const properties = schema.properties as Record<string, JsonSchema>;
    const required: string[] = [];
    for (const field of Object.values(type.getFields())) {
      properties[field.name] = withDescription(this.of(field.type), field.description);
      if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
    }
    if (required.length > 0) schema.required = required;
    if (type.description) schema.description = type.description;
    return ref;
  }
}

/**
 * The JSON Schema of what a selection returns: exactly the fields selected (with `__typename`, inline
 * fragments and named fragments' fields merged in), each with its type's nullability.
 */
export function selectionSchema(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  enums: InputSchemas,
): JsonSchema {
  if (isNonNullType(type)) return required(schema, type.ofType, selectionSet, enums);
  return nullable(required(schema, type, selectionSet, enums));
}

function required(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  enums: InputSchemas,
): JsonSchema {
  if (isNonNullType(type)) return required(schema, type.ofType, selectionSet, enums);
  if (isListType(type)) return { type: 'array', items: selectionSchema(schema, type.ofType, selectionSet, enums) };
  if (isScalarType(type)) return scalarSchema(type.name, type.description);
  if (isEnumType(type)) return enums.ref(type);
  const properties: Record<string, JsonSchema> = {};
  const requiredFields: string[] = [];
  collect(schema, type, selectionSet, enums, properties, requiredFields, true);
  return {
    type: 'object',
    properties,
    ...(requiredFields.length > 0 ? { required: requiredFields } : {}),
  };
}

function collect(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode | undefined,
  enums: InputSchemas,
  properties: Record<string, JsonSchema>,
  requiredFields: string[],
  always: boolean,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : type;
      const target = condition ? getNamedType(condition) : type;
      // fields of a fragment on a narrower type are there only for that type
      collect(schema, target, selection.selectionSet, enums, properties, requiredFields, always && target === type);
      continue;
    }
    if (selection.kind !== Kind.FIELD) throw new Error('REST operations use no named fragments');
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === '__typename') {
      properties[key] = { type: 'string' };
      if (always) requiredFields.push(key);
      continue;
    }
    if (!isObjectType(type) && !isAbstractType(type) && !('getFields' in type)) continue;
    const field = (
      type as { getFields(): Record<string, { type: GraphQLOutputType; description?: string | null }> }
    ).getFields()[selection.name.value];
    if (!field) throw new Error(`${type.name} has no field ${selection.name.value}`);
    properties[key] = withDescription(
      selectionSchema(schema, field.type, selection.selectionSet, enums),
      field.description,
    );
    if (always && !requiredFields.includes(key)) requiredFields.push(key);
  }
}
