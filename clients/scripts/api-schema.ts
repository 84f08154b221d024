// codegen's schema loader: the client-facing API schema of the committed supergraph (what the
// gateway serves), without the join__/link__ machinery of the supergraph file.
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

export default function apiSchema(path: string): GraphQLSchema {
  return Supergraph.build(readFileSync(path, 'utf8')).apiSchema().toGraphQLJSSchema();
}
