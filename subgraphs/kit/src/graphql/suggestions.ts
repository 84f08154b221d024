import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean .+\?/g;

/**
 * The same validation error without graphql's "Did you mean …?" hint, which hands out the schema one
 * field at a time. A new error, not a mutated one: the validation cache may hold the original.
 */
export function withoutSuggestions(error: Error): Error {
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message || error.name !== 'GraphQLError') return error;
  const graphqlError = error as GraphQLError;
  return createGraphQLError(message, {
    nodes: graphqlError.nodes,
    source: graphqlError.source,
    positions: graphqlError.positions,
    path: graphqlError.path,
    originalError: graphqlError.originalError,
    extensions: graphqlError.extensions,
  });
}
