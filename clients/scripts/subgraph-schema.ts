// codegen's schema loader for internal calls: one subgraph's committed SDL as that subgraph serves it,
// federation's `_entities(representations:)` and `_Any` included (internal calls bypass the gateway).
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';

export default function subgraphSchema(path: string): GraphQLSchema {
  return buildSubgraphSchema(parse(readFileSync(path, 'utf8')));
}
