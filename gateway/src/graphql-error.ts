import type { GraphQLError, GraphQLErrorOptions } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/**
 * `instanceof GraphQLError` fails when two copies of graphql are loaded: vitest resolves graphql's
 * ESM build for our sources while Yoga and @apollo/gateway load its CommonJS build. The name holds.
 */
export function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof Error && value.name === 'GraphQLError';
}

/** Made by Yoga's copy of graphql, the one its serializer recognizes (it strips `extensions.http`). */
export function graphqlError(message: string, options?: GraphQLErrorOptions): GraphQLError {
  return createGraphQLError(message, options);
}
