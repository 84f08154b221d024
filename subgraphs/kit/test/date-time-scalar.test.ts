import SchemaBuilder from '@pothos/core';
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { KitContext } from '../src/context.ts';
import { type KitSchemaTypes, kitBuilderOptions } from '../src/graphql/builder.ts';
import { addKitTypes } from '../src/graphql/types.ts';

function echoSchema() {
  const builder = new SchemaBuilder<KitSchemaTypes<KitContext>>(kitBuilderOptions<KitContext>());
  addKitTypes(builder);
  builder.queryType({
    fields: (t) => ({
      echo: t.field({
        type: 'DateTime',
        args: { at: t.arg({ type: 'DateTime', required: true }) },
        resolve: (_root, { at }) => at,
      }),
    }),
  });
  return builder.toSchema();
}

const schema = echoSchema();

async function echo(at: string) {
  const variables = await execute({
    schema,
    document: parse('query ($at: DateTime!) { echo(at: $at) }'),
    variableValues: { at },
    contextValue: {},
  });
  const literal = await execute({ schema, document: parse(`{ echo(at: ${JSON.stringify(at)}) }`), contextValue: {} });
  return { variables, literal };
}

describe('the DateTime scalar', () => {
  it('takes ISO 8601 instants with a zone, and calendar dates as UTC midnight', async () => {
    const cases: Array<[string, string]> = [
      ['2026-12-03T14:05:00Z', '2026-12-03T14:05:00.000Z'],
      ['2026-12-03T15:05:00.250+01:00', '2026-12-03T14:05:00.250Z'],
      ['2026-12-03T14:05Z', '2026-12-03T14:05:00.000Z'],
      ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ];
    for (const [input, instant] of cases) {
      const { variables, literal } = await echo(input);
      expect(variables.errors, input).toBeUndefined();
      expect(variables.data?.echo, input).toBe(instant);
      expect(literal.data?.echo, input).toBe(instant);
    }
  });

  it('refuses days that are not on the calendar instead of rolling them over', async () => {
    for (const input of [
      '2026-02-30',
      '2026-02-29T10:00:00Z',
      '2026-13-01',
      '2026-12-03T24:00:00Z',
      '2026-12-03T10:60Z',
    ]) {
      const { variables, literal } = await echo(input);
      expect(variables.data, input).toBeUndefined();
      expect(variables.errors?.[0]?.message, input).toContain('not a date on the calendar');
      // graphql-js words a refused literal itself ("has invalid value"), without the scalar's reason
      expect(literal.errors?.[0]?.message, input).toContain('invalid value');
    }
  });

  it('refuses what only a lenient Date parser would read: other shapes and times without a zone', async () => {
    for (const input of [
      'Dec 3 2026',
      '12/03/2026',
      '2026-12-03T14:05:00',
      '2026-12-03 14:05:00Z',
      '1733234700000',
      '',
    ]) {
      const { variables } = await echo(input);
      expect(variables.errors?.[0]?.message, input).toContain('is not an ISO 8601 date-time');
    }
  });
});
