import type { ObjectRef, SchemaTypes } from '@pothos/core';
import '@pothos/plugin-federation';
import { GraphQLError, type GraphQLSchema, isScalarType, Kind, type ValueNode } from 'graphql';
import type { Connection } from './connection.ts';
import { fractionDigits, MAX_MONEY_AMOUNT } from './money.ts';

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

const withMinorUnits = new WeakSet<object>();

/**
 * `MinorUnits`: an integer amount of minor units in ±(2^53 − 1), carried as a JSON number (exact in
 * every JavaScript client; stored as 64-bit bigint). Anything else in — a fraction, a string, a
 * number past the bound — is refused by coercion (BAD_USER_INPUT). Out, any stored integer is
 * written as a number, so a row written before the bound existed can never break a list.
 */
export function minorUnitsScalar<Types extends SchemaTypes>(builder: PothosSchemaTypes.SchemaBuilder<Types>) {
  if (withMinorUnits.has(builder)) return 'MinorUnits' as const;
  withMinorUnits.add(builder);
  const untyped = builder as unknown as AnyBuilder;
  untyped.scalarType('MinorUnits', {
    description: `An amount in integer minor units (1999 = 19.99 EUR), from -${MAX_MONEY_AMOUNT} to ${MAX_MONEY_AMOUNT}: a JSON number, exact in JavaScript; never a float.`,
    serialize: (value: unknown) => {
      const amount = typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value;
      if (typeof amount !== 'number' || !Number.isInteger(amount)) {
        throw new GraphQLError('MinorUnits cannot represent a non-integer amount');
      }
      return amount;
    },
    ...minorUnitsParsing,
  });
  return 'MinorUnits' as const;
}

/** How MinorUnits input is read: in every subgraph that defines it, and at the gateway (`useKitScalarParsing`). */
export const minorUnitsParsing = {
  parseValue: (value: unknown) => parseMinorUnits(value),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('MinorUnits must be an integer');
    return parseMinorUnits(Number(ast.value), ast.value);
  },
};

/**
 * A supergraph knows the kit's scalars by name only and would pass anything through; the gateway
 * gives them the subgraphs' own parsing, so a bad amount is refused at the edge as a request error.
 */
export function applyKitScalarParsing(schema: GraphQLSchema): void {
  const minorUnits = schema.getType('MinorUnits');
  if (minorUnits && isScalarType(minorUnits)) Object.assign(minorUnits, minorUnitsParsing);
}

function parseMinorUnits(value: unknown, literal?: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new GraphQLError('MinorUnits must be an integer number of minor units');
  }
  if (!Number.isSafeInteger(value) || (literal !== undefined && BigInt(literal) !== BigInt(value))) {
    throw new GraphQLError(`MinorUnits must be between -${MAX_MONEY_AMOUNT} and ${MAX_MONEY_AMOUNT}`);
  }
  return value;
}

/**
 * Money as every subgraph exposes it: integer minor units, ISO 4217 currency and its fraction digits.
 * Shareable, and identical wherever it is defined, so catalog, orders and finance compose.
 */
export function moneyType<Types extends SchemaTypes>(builder: PothosSchemaTypes.SchemaBuilder<Types>) {
  const untyped = builder as unknown as AnyBuilder;
  const minorUnits = minorUnitsScalar(builder);
  return untyped.objectRef<{ amount: number; currency: string }>('Money').implement({
    shareable: true,
    description: 'An amount of money: integer minor units (cents) of an ISO 4217 currency. Never a float.',
    fields: (t) => ({
      amount: t.field({
        type: minorUnits,
        description: 'Minor units, e.g. 1999 for 19.99 EUR',
        resolve: (money: { amount: number }) => money.amount,
      }),
      currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. EUR' }),
      fractionDigits: t.int({
        description: 'Digits after the decimal point for this currency (2 for EUR, 0 for JPY)',
        resolve: (money: { currency: string }) => fractionDigits(money.currency),
      }),
    }),
  }) as unknown as ObjectRef<Types, { amount: number; currency: string }>;
}
