import type { ObjectRef, SchemaTypes } from '@pothos/core';
import '@pothos/plugin-federation';
import { GraphQLError, Kind } from 'graphql';
import type { Connection } from './connection.ts';
import { fractionDigits } from './money.ts';

// biome-ignore lint/suspicious/noExplicitAny: each subgraph's builder has its own SchemaTypes
type AnyBuilder = PothosSchemaTypes.SchemaBuilder<any>;

/** DateTime (ISO 8601, UTC) and the shared Relay PageInfo, added once to a subgraph's builder. */
export function addKitTypes<Types extends SchemaTypes>(builder: PothosSchemaTypes.SchemaBuilder<Types>) {
  const untyped = builder as unknown as AnyBuilder;
  untyped.scalarType('DateTime', {
    description: 'An instant in ISO 8601 form, UTC (2026-11-26T07:28:59.000Z).',
    serialize: (value: unknown) => {
      const date = value instanceof Date ? value : new Date(String(value));
      if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
      return date.toISOString();
    },
    parseValue: (value: unknown) => parseDate(value),
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO 8601 string');
      return parseDate(ast.value);
    },
  });
  const pageInfo = untyped.objectRef<Connection<unknown>['pageInfo']>('PageInfo').implement({
    shareable: true,
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage'),
      hasPreviousPage: t.exposeBoolean('hasPreviousPage'),
      startCursor: t.exposeString('startCursor', { nullable: true }),
      endCursor: t.exposeString('endCursor', { nullable: true }),
    }),
  });
  return { pageInfo };
}

function parseDate(value: unknown): Date {
  if (typeof value !== 'string') throw new GraphQLError('DateTime must be an ISO 8601 string');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`"${value}" is not an ISO 8601 date-time`);
  return date;
}

/** `<Name>Connection` and `<Name>Edge` for a node type: edges, pageInfo, totalCount. */
export function connectionType<Types extends SchemaTypes, Node>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  name: string,
  // biome-ignore lint/suspicious/noExplicitAny: the node ref belongs to the caller's builder
  nodeRef: ObjectRef<any, Node>,
  // biome-ignore lint/suspicious/noExplicitAny: PageInfo ref from addKitTypes
  pageInfo: ObjectRef<any, Connection<unknown>['pageInfo']>,
): ObjectRef<Types, Connection<Node>> {
  const untyped = builder as unknown as AnyBuilder;
  const edge = untyped.objectRef<Connection<Node>['edges'][number]>(`${name}Edge`).implement({
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      node: t.field({ type: nodeRef, resolve: (parent: Connection<Node>['edges'][number]) => parent.node }),
    }),
  });
  return untyped.objectRef<Connection<Node>>(`${name}Connection`).implement({
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (parent: Connection<Node>) => parent.edges }),
      pageInfo: t.field({ type: pageInfo, resolve: (parent: Connection<Node>) => parent.pageInfo }),
      totalCount: t.exposeInt('totalCount'),
    }),
  }) as unknown as ObjectRef<Types, Connection<Node>>;
}

/**
 * A domain's payload error type (`IdentityError` with `IdentityErrorCode`): code, field path and
 * message, the shape every mutation payload's `errors` list uses.
 */
export function payloadErrorType<Types extends SchemaTypes, Code extends string>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  domain: string,
  codes: readonly Code[],
) {
  const untyped = builder as unknown as AnyBuilder;
  const codeEnum = untyped.enumType(`${domain}ErrorCode`, { values: codes });
  return untyped.objectRef<{ code: Code; field: string[] | null; message: string }>(`${domain}Error`).implement({
    description: `An expected ${domain.toLowerCase()} failure, returned as data so a form can show it next to its field.`,
    fields: (t) => ({
      code: t.field({ type: codeEnum, resolve: (parent: { code: Code }) => parent.code }),
      field: t.exposeStringList('field', { nullable: true, description: 'Path of the input field at fault' }),
      message: t.exposeString('message'),
    }),
  }) as unknown as ObjectRef<Types, { code: Code; field: string[] | null; message: string }>;
}

/**
 * Money as every subgraph exposes it: integer minor units, ISO 4217 currency and its fraction digits.
 * Shareable, and identical wherever it is defined, so catalog, orders and finance compose.
 */
export function moneyType<Types extends SchemaTypes>(builder: PothosSchemaTypes.SchemaBuilder<Types>) {
  const untyped = builder as unknown as AnyBuilder;
  return untyped.objectRef<{ amount: number; currency: string }>('Money').implement({
    shareable: true,
    description: 'An amount of money: integer minor units (cents) of an ISO 4217 currency. Never a float.',
    fields: (t) => ({
      amount: t.exposeInt('amount', { description: 'Minor units, e.g. 1999 for 19.99 EUR' }),
      currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. EUR' }),
      fractionDigits: t.int({
        description: 'Digits after the decimal point for this currency (2 for EUR, 0 for JPY)',
        resolve: (money: { currency: string }) => fractionDigits(money.currency),
      }),
    }),
  }) as unknown as ObjectRef<Types, { amount: number; currency: string }>;
}

/**
 * A mutation payload with one result field and the domain's `errors` list: `{ <field>: T, errors }`,
 * the result null when the errors say why.
 */
export function payloadType<Types extends SchemaTypes, Shape, ErrorShape>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  name: string,
  field: string,
  // biome-ignore lint/suspicious/noExplicitAny: refs belong to the caller's builder
  resultRef: ObjectRef<any, Shape> | 'String' | 'ID' | 'Boolean',
  // biome-ignore lint/suspicious/noExplicitAny: refs belong to the caller's builder
  errorRef: ObjectRef<any, ErrorShape>,
  description?: string,
) {
  const untyped = builder as unknown as AnyBuilder;
  type Payload = { errors: ErrorShape[] } & Record<string, unknown>;
  return untyped.objectRef<Payload>(name).implement({
    ...(description ? { description } : {}),
    fields: (t) => ({
      [field]: t.field({
        type: resultRef,
        nullable: true,
        resolve: (payload: Payload) => (payload[field] ?? null) as never,
      }),
      errors: t.field({ type: [errorRef], resolve: (payload: Payload) => payload.errors }),
    }),
  }) as unknown as ObjectRef<Types, { errors: ErrorShape[] } & { [key: string]: unknown }>;
}
