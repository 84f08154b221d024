import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { forbidden } from '../src/errors.ts';
import { createLogger } from '../src/logger.ts';
import { inProcessCaller } from '../src/testing.ts';
import { createSubgraphServer } from '../src/yoga.ts';
import { capturedLogs } from './captured-logs.ts';

const SECRET = 'server-logging-test-secret-0123456789abcdef';

/** A subgraph with one field refused as a client error and one that fails unexpectedly. */
function serverWithCapturedLogs() {
  const { lines, destination } = capturedLogs();
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        refused: {
          type: GraphQLString,
          resolve: () => {
            throw forbidden('Not yours');
          },
        },
        broken: {
          type: GraphQLString,
          resolve: () => {
            throw new RangeError('index out of range');
          },
        },
      },
    }),
  });
  const yoga = createSubgraphServer({
    name: 'logging-test',
    schema,
    logger: createLogger('logging-test', 'info', destination),
    internalTokenKey: new TextEncoder().encode(SECRET),
    context: (base) => base,
    readiness: async () => true,
  });
  return { lines, call: inProcessCaller(yoga, SECRET) };
}

describe('a subgraph server logs', () => {
  it('an unexpected error once, as err with its stack, and masks it for the client', async () => {
    const { lines, call } = serverWithCapturedLogs();
    const answer = (await call('{ broken }')) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(answer.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Unexpected error.', 'INTERNAL_SERVER_ERROR'],
    ]);
    const logged = lines.filter((line) => line.level >= 50);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      expect(line.err.stack).toContain('RangeError: index out of range');
      expect(line.err.stack).toContain('server-logging.test.ts');
    }
  });

  it("a client's error (FORBIDDEN) as no error line: it is the caller's, not the server's", async () => {
    const { lines, call } = serverWithCapturedLogs();
    const answer = (await call('{ refused }')) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(answer.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Not yours', 'FORBIDDEN'],
    ]);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });
});
