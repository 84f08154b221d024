import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isEnumType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

/**
 * Every mutation tells a client, from the schema alone, which codes its `errors` can carry: its
 * payload's error type is its own (`<Mutation>Error`), shaped `{ code field message }`, and `code`
 * is its own enum (`<Mutation>ErrorCode`). Read from the committed supergraph, the contract apps and
 * partners generate their clients from.
 */
describe('declared error codes in the supergraph', () => {
  const schema = buildSchema(readFileSync(new URL('schema/supergraph.graphql', root), 'utf8'), {
    assumeValidSDL: true,
  });
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

  it('has mutations to check', () => {
    expect(mutations.length).toBeGreaterThan(50);
  });

  it('every mutation payload declares its own error codes', () => {
    const problems: string[] = [];
    for (const mutation of mutations) {
      const pascal = mutation.name.charAt(0).toUpperCase() + mutation.name.slice(1);
      const payload = getNamedType(mutation.type);
      if (!isObjectType(payload)) {
        problems.push(`${mutation.name} does not return a payload object`);
        continue;
      }
      const errors = payload.getFields().errors;
      const errorType = errors && getNamedType(errors.type);
      if (!errorType || !isObjectType(errorType)) {
        problems.push(`${payload.name} has no errors list`);
        continue;
      }
      if (errorType.name !== `${pascal}Error`) problems.push(`${mutation.name} errors are ${errorType.name}`);
      const fields = errorType.getFields();
      expect(Object.keys(fields).sort(), errorType.name).toEqual(['code', 'field', 'message']);
      const code = getNamedType(fields.code!.type);
      if (!isEnumType(code) || code.name !== `${pascal}ErrorCode`) {
        problems.push(`${errorType.name}.code is ${code?.name}, not the enum ${pascal}ErrorCode`);
        continue;
      }
      if (code.getValues().length === 0) problems.push(`${code.name} declares no codes`);
      const field = getNamedType(fields.field!.type);
      if (!isScalarType(field) || field.name !== 'String') problems.push(`${errorType.name}.field is not [String!]`);
    }
    expect(problems).toEqual([]);
  });

  it('no domain-wide error enum is left for a client to guess from', () => {
    for (const name of [
      'IdentityErrorCode',
      'CatalogErrorCode',
      'InventoryErrorCode',
      'OrdersErrorCode',
      'FulfillmentErrorCode',
    ]) {
      expect(schema.getType(name), name).toBeUndefined();
    }
  });
});
