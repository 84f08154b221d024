import { readFile } from 'node:fs/promises';
import { Kind, parse, valueFromASTUntyped } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** `SUBGRAPH_<NAME>_URL` key for a subgraph name: `identity` -> `IDENTITY`, `my-shop` -> `MY_SHOP`. */
export function envNameOf(subgraph: string): string {
  return subgraph.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

export async function readSupergraph(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new Error(`cannot read the supergraph ${path}: ${reason} (run \`npm run compose\`, or pass --supergraph)`);
  }
}

/** The subgraphs a supergraph routes to, from its `join__Graph` enum. */
export function subgraphsOf(supergraphSdl: string): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const args = Object.fromEntries(
        (graph?.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]),
      );
      if (typeof args.name === 'string' && typeof args.url === 'string') {
        endpoints.push({ name: args.name, url: args.url });
      }
    }
  }
  return endpoints;
}

/** Routing URL after applying `SUBGRAPH_<NAME>_URL` overrides. */
export function routeOf(endpoint: SubgraphEndpoint, overrides: Record<string, string>): SubgraphEndpoint {
  return { name: endpoint.name, url: overrides[envNameOf(endpoint.name)] ?? endpoint.url };
}

/** The subgraph list for `--compose-from-subgraphs`: one per SUBGRAPH_<NAME>_URL. */
export function subgraphsFromEnv(overrides: Record<string, string>): SubgraphEndpoint[] {
  return Object.entries(overrides).map(([name, url]) => ({ name: name.toLowerCase(), url }));
}
