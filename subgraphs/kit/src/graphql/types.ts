import type { ObjectRef } from '@pothos/core';
import '@pothos/plugin-federation';
import '@pothos/plugin-relay';
import { GraphQLError, type GraphQLSchema, isScalarType, Kind, type ValueNode } from 'graphql';
import type { KitContext } from '../context.ts';
import type { KitSchemaTypes } from './builder.ts';
import { fractionDigits, MAX_MONEY_AMOUNT } from './money.ts';

/** A subgraph's builder: `new SchemaBuilder<KitSchemaTypes<Context>>(kitBuilderOptions<Context>())`. */
export type KitBuilder<Context extends KitContext> = PothosSchemaTypes.SchemaBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<KitSchemaTypes<Context>>
>;

/** The DateTime scalar (ISO 8601, UTC), added once to a subgraph's builder. */
export function addKitTypes<Context extends KitContext>(builder: KitBuilder<Context>) {
  builder.scalarType('DateTime', {
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
}

/**
 * ISO 8601 calendar date, optionally with a time and a zone (`2026-12-03`, `2026-12-03T14:05:00Z`,
 * `2026-12-03T15:05:00.250+01:00`). `Date` alone accepts "Dec 3 2026" and rolls 2026-02-30 over to
 * March 2nd, so the shape and the calendar day are checked before it parses.
 */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function parseDate(value: unknown): Date {
  if (typeof value !== 'string') throw new GraphQLError('DateTime must be an ISO 8601 string');
  const parts = ISO_8601.exec(value);
  if (!parts) throw new GraphQLError(`"${value}" is not an ISO 8601 date-time`);
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = parts;
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const sameDay =
    calendarDay.getUTCFullYear() === Number(year) &&
    calendarDay.getUTCMonth() === Number(month) - 1 &&
    calendarDay.getUTCDate() === Number(day);
  if (!sameDay || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    throw new GraphQLError(`"${value}" is not a date on the calendar`);
  }
  const date = new Date(parts[4] === undefined ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`"${value}" is not an ISO 8601 date-time`);
  return date;
}

/**
 * `<Name>Connection` and `<Name>Edge` for a node type, built by the Relay plugin (edges, pageInfo)
 * with the platform's `totalCount`. Pass it as the second argument of `t.connection` wherever the
 * same connection is returned by more than one field.
 */
export function connectionType<Context extends KitContext, Node>(
  builder: KitBuilder<Context>,
  name: string,
  nodeRef: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<KitSchemaTypes<Context>>, Node>,
) {
  return builder.connectionObject(
    {
      type: nodeRef,
      name: `${name}Connection`,
      fields: (t) => ({ totalCount: t.exposeInt('totalCount') }),
    },
    { name: `${name}Edge` },
  );
}

const withMinorUnits = new WeakSet<object>();

/**
 * `MinorUnits`: an integer amount of minor units in ±(2^53 − 1), carried as a JSON number (exact in
 * every JavaScript client; stored as 64-bit bigint). Anything else in — a fraction, a string, a
 * number past the bound — is refused by coercion (BAD_USER_INPUT). Out, any stored integer is
 * written as a number, so a row written before the bound existed can never break a list.
 */
export function minorUnitsScalar<Context extends KitContext>(builder: KitBuilder<Context>) {
  if (withMinorUnits.has(builder)) return 'MinorUnits' as const;
  withMinorUnits.add(builder);
  builder.scalarType('MinorUnits', {
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
export function moneyType<Context extends KitContext>(builder: KitBuilder<Context>) {
  const minorUnits = minorUnitsScalar(builder);
  return builder.objectRef<{ amount: number; currency: string }>('Money').implement({
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
  });
}
