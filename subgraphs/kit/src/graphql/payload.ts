import type { ObjectRef, SchemaTypes } from '@pothos/core';
import type { PayloadError, Result } from '../errors.ts';

/**
 * The shape every mutation payload resolves to: the result's fields when it succeeded, and always an
 * `errors` list (empty on success), so clients read both the same way.
 */
export function toPayload<T, Fields extends object, Code extends string>(
  result: Result<T, Code>,
  fields: (value: T) => Fields,
): Partial<Fields> & { errors: PayloadError<Code>[] } {
  return result.ok
    ? { ...fields(result.value), errors: [] }
    : ({ errors: result.errors } as Partial<Fields> & { errors: PayloadError<Code>[] });
}

/** What the kit records on a payload type: the mutation's name and the codes its errors may carry. */
export interface PayloadDeclaration {
  name: string;
  codes: readonly string[];
  /** the payload's other fields when its errors say why (input validation answers with these) */
  failed: Record<string, unknown>;
}

/** The `extensions` key under which a payload object type carries its `PayloadDeclaration`. */
export const PAYLOAD_EXTENSION = 'ucosPayload';

/** A payload error whose code the payload did not declare: a bug in the resolver, never a client's fault. */
export class UndeclaredErrorCode extends Error {
  constructor(payload: string, code: string, declared: readonly string[]) {
    super(`${payload} returned the error code ${code}, which it does not declare (${declared.join(', ')})`);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: each subgraph's builder has its own SchemaTypes
type AnyBuilder = PothosSchemaTypes.SchemaBuilder<any>;
type Payload = { errors: PayloadError[] } & Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: refs belong to the caller's builder
type ResultRef = ObjectRef<any, any> | 'String' | 'ID' | 'Boolean' | 'Int';
/** What a custom payload's resolvers read: the resolver's result, loosely typed (any field may be absent). */
// biome-ignore lint/suspicious/noExplicitAny: payload fields are whatever the mutation's resolver returned
export type PayloadValue = { errors: PayloadError[] } & Record<string, any>;

interface PayloadCommon<Code extends string> {
  /** Every code the mutation can return, input-rule codes included: the schema publishes exactly these. */
  codes: readonly Code[];
  description?: string;
  /**
   * The payload's other fields when it fails (`{ changed: false }`), for non-null fields besides the
   * result: the kit's input validation answers with these and the errors, without the resolver.
   */
  failed?: Record<string, unknown>;
}

/** One result field, null when the errors say why (`{ product, errors }`). */
export interface SingleResultPayload<Code extends string> extends PayloadCommon<Code> {
  field: string;
  type: ResultRef;
  /** a list of the result type, empty when the errors say why */
  list?: boolean;
}

/** Several result fields, defined as Pothos fields over the payload value. */
export interface CustomPayload<Code extends string, Types extends SchemaTypes = SchemaTypes>
  extends PayloadCommon<Code> {
  // biome-ignore lint/suspicious/noExplicitAny: field refs of the caller's builder
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, PayloadValue>) => Record<string, any>;
}

export type PayloadOptions<Code extends string, Types extends SchemaTypes = SchemaTypes> =
  | SingleResultPayload<Code>
  | CustomPayload<Code, Types>;

/**
 * A mutation's payload, its error type and the codes it declares, in one call:
 * `payloadType(builder, 'ProductCreate', { codes: ['INVALID_HANDLE', 'DUPLICATE_HANDLE'], field: 'product', type: ProductRef })`
 * defines `ProductCreatePayload { product: Product, errors: [ProductCreateError!]! }`,
 * `ProductCreateError { code: ProductCreateErrorCode!, field: [String!], message: String! }` and the
 * enum `ProductCreateErrorCode`, so a client reads from the schema which codes the mutation can return.
 * The `errors` field refuses a code that was not declared (an internal error naming the payload and
 * the code), and the kit's input validation checks at build time that every input rule's code is
 * declared.
 */
export function payloadType<Types extends SchemaTypes, Code extends string>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  mutation: string,
  options: PayloadOptions<Code, Types>,
): ObjectRef<Types, Payload> {
  const untyped = builder as unknown as AnyBuilder;
  const codes = [...new Set(options.codes)];
  const declared = new Set<string>(codes);
  // GraphQL has no empty enums: a mutation that cannot fail says so with the one value NONE, never returned
  const codeEnum = untyped.enumType(`${mutation}ErrorCode`, {
    description:
      codes.length > 0
        ? `The codes ${lowerFirst(mutation)} can return in its errors.`
        : `${mutation} returns no errors: its list is always empty (NONE is never returned).`,
    values: codes.length > 0 ? codes : ['NONE'],
  });
  const errorRef = untyped.objectRef<PayloadError>(`${mutation}Error`).implement({
    description: `An expected failure of ${lowerFirst(mutation)}, returned as data so a form can show it next to its field.`,
    fields: (t) => ({
      code: t.field({ type: codeEnum, resolve: (error: PayloadError) => error.code }),
      field: t.exposeStringList('field', { nullable: true, description: 'Path of the input field at fault' }),
      message: t.exposeString('message'),
    }),
  });
  const name = `${mutation}Payload`;
  const declaration: PayloadDeclaration = { name: mutation, codes, failed: options.failed ?? {} };
  return untyped.objectRef<Payload>(name).implement({
    ...(options.description ? { description: options.description } : {}),
    extensions: { [PAYLOAD_EXTENSION]: declaration },
    fields: (t) => ({
      ...('fields' in options
        ? options.fields(t as unknown as PothosSchemaTypes.ObjectFieldBuilder<Types, PayloadValue>)
        : {
            [options.field]: t.field({
              type: options.list ? [options.type] : options.type,
              nullable: !options.list,
              resolve: (payload: Payload) => (payload[options.field] ?? (options.list ? [] : null)) as never,
            }),
          }),
      errors: t.field({
        type: [errorRef],
        resolve: (payload: Payload) => {
          for (const error of payload.errors) {
            if (!declared.has(error.code)) throw new UndeclaredErrorCode(name, error.code, codes);
          }
          return payload.errors;
        },
      }),
    }),
  }) as unknown as ObjectRef<Types, Payload>;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
