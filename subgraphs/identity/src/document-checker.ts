import { readFileSync } from 'node:fs';
import { checkDocuments, type DocumentLimits } from '@ucos/gateway/document-check';
import { apiSchemaOf } from '@ucos/gateway/rest/openapi';
import type { GraphQLSchema } from 'graphql';
import type { DocumentChecker } from './data/app-documents.ts';
import type { IdentityEnv } from './env.ts';

/**
 * Published documents are checked here, in identity, with the gateway's own checker: the gateway
 * serves the committed supergraph that ships with the release (SUPERGRAPH_PATH, the same file), and
 * its limits are the same settings (MAX_DEPTH, …, MAX_REQUEST_POINTS). A publish is a write that
 * must be atomic with its version number and audit, which identity owns; asking a gateway replica
 * instead would make the gateway a dependency of identity, which it calls on every request.
 * The API schema is built on the first publish, not at start: most processes never publish.
 */
export function documentCheckerOf(env: IdentityEnv): DocumentChecker {
  const limits: DocumentLimits = {
    maxDepth: env.MAX_DEPTH,
    maxAliases: env.MAX_ALIASES,
    maxTokens: env.MAX_TOKENS,
    maxCost: env.MAX_COST,
    maxDirectives: env.MAX_DIRECTIVES,
    maxRequestPoints: env.MAX_REQUEST_POINTS,
  };
  let schema: GraphQLSchema | undefined;
  return (manifest) => {
    schema ??= apiSchemaOf(readFileSync(env.SUPERGRAPH_PATH, 'utf8'));
    return checkDocuments(schema, manifest, limits);
  };
}
