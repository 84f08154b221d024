import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { type GraphQLSchema, parse } from 'graphql';
import { routingUrl, SUBGRAPHS, type SubgraphEntry } from './subgraphs.ts';

export interface Composition {
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
}

/** Every subgraph's Pothos-built schema, by subgraph name, in the order of SUBGRAPHS. */
export async function subgraphSchemas(): Promise<{ name: string; entry: SubgraphEntry; schema: GraphQLSchema }[]> {
  return Promise.all(
    SUBGRAPHS.map(async (entry) => ({
      name: entry.name,
      entry,
      schema: ((await import(entry.schemaModule)) as { schema: GraphQLSchema }).schema,
    })),
  );
}

/** Prints every subgraph's SDL and composes the supergraph; throws with every composition error. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = (await subgraphSchemas()).map(({ name, entry, schema }) => ({
    name,
    sdl: `${printSubgraphSchema(schema).trim()}\n`,
    url: routingUrl(entry),
  }));
  const result = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors?.length) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  if (!result.supergraphSdl) throw new Error('composition produced no supergraph');
  return {
    subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })),
    supergraph: `${result.supergraphSdl.trim()}\n`,
  };
}

/** The client-facing API schema of a supergraph document (federation internals stripped). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export interface ChangeReport {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

/** What a client would notice going from `before` to `after` (graphql-inspector's criticality). */
export async function changesBetween(before: string, after: string): Promise<ChangeReport> {
  const changes = await diff(apiSchemaOf(before), apiSchemaOf(after));
  const level = (wanted: CriticalityLevel) => changes.filter((change) => change.criticality.level === wanted);
  return {
    breaking: level(CriticalityLevel.Breaking),
    dangerous: level(CriticalityLevel.Dangerous),
    safe: level(CriticalityLevel.NonBreaking),
  };
}

export function formatReport(report: ChangeReport): string {
  const lines = [
    ...report.breaking.map((change) => `  BREAKING   ${change.message}`),
    ...report.dangerous.map((change) => `  dangerous  ${change.message}`),
    ...report.safe.map((change) => `  safe       ${change.message}`),
  ];
  return lines.length ? lines.join('\n') : '  no changes to the API schema';
}
