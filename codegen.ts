// graphql-codegen: typed documents per app from the committed supergraph (client preset), with
// masked colocated fragments and a persisted-documents manifest ({ sha256: document }) per target
// that the gateway loads as its trusted documents. `npm run codegen` writes them,
// `npm run codegen -- --check` fails when they are stale (npm test runs it).
import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  preset: 'client' as const,
  config: {
    // explicit scalar map: every custom scalar the supergraph has, as the JSON the gateway sends
    scalars: { DateTime: 'string', ID: 'string', MinorUnits: 'number' },
    strictScalars: true,
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    // node's type stripping (partner SDK examples) and the Next apps both resolve .ts imports
    importExtension: '.ts' as const,
  },
  presetConfig: {
    fragmentMasking: { unmaskFunctionName: 'readFragment' },
    persistedDocuments: { mode: 'embedHashInDocument' as const, hashAlgorithm: 'sha256' as const },
  },
};

/** where each app's documents live and where its typed documents are written */
export const TARGETS = {
  'apps/storefront/src/generated/': ['apps/storefront/src/**/*.{ts,tsx}', '!apps/storefront/src/generated/**'],
  'apps/admin/src/generated/': ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/generated/**'],
};

/**
 * The partner SDK (`packages/partner-sdk`), a package partners install: its documents are plain
 * strings (`documentMode: 'string'`), so at run time it needs no GraphQL library.
 */
const PARTNER_SDK = {
  output: 'packages/partner-sdk/src/generated/',
  documents: ['packages/partner-sdk/src/**/*.ts', '!packages/partner-sdk/src/generated/**'],
};

/**
 * A storefront "built outside the repository" (infra/test/fixtures/outside-storefront): its own
 * codegen build and manifest, which the tests publish as a tenant's app (issue 19). Not a trusted
 * manifest of the gateway: it runs only once published.
 */
const OUTSIDE_STOREFRONT = {
  output: 'infra/test/fixtures/outside-storefront/generated/',
  documents: ['infra/test/fixtures/outside-storefront/src/**/*.ts'],
};

/**
 * Calls between domains (`@ucos/internal-clients`): typed against each callee's own subgraph SDL,
 * not the supergraph, because they go straight to that subgraph. Neither masked nor persisted: the
 * subgraphs behind the gateway take any document signed with the internal token.
 */
export const INTERNAL_CALLEES = ['catalog', 'identity', 'inventory', 'plugins', 'workflows'] as const;

const internal = {
  preset: 'client' as const,
  config: {
    ...shared.config,
    // federation's scalars: `_Any` is an entity representation; the others only appear in directives
    scalars: {
      ...shared.config.scalars,
      _Any: 'Record<string, unknown>',
      link__Import: 'unknown',
      federation__FieldSet: 'string',
      federation__Scope: 'string',
      federation__Policy: 'string',
    },
  },
  presetConfig: { fragmentMasking: false as const },
};

// a schema per output: codegen merges a root-level schema into every output's own
const apiSchema = { 'schema/supergraph.graphql': { loader: './clients/scripts/api-schema.ts' } };

const config: CodegenConfig = {
  ignoreNoDocuments: true,
  generates: {
    ...Object.fromEntries(
      Object.entries(TARGETS).map(([output, documents]) => [output, { ...shared, schema: apiSchema, documents }]),
    ),
    [PARTNER_SDK.output]: {
      ...shared,
      schema: apiSchema,
      documents: PARTNER_SDK.documents,
      config: { ...shared.config, documentMode: 'string' as const },
      presetConfig: { fragmentMasking: false as const },
    },
    [OUTSIDE_STOREFRONT.output]: { ...shared, schema: apiSchema, documents: OUTSIDE_STOREFRONT.documents },
    ...Object.fromEntries(
      INTERNAL_CALLEES.map((callee) => [
        `clients/internal/src/generated/${callee}/`,
        {
          ...internal,
          schema: { [`schema/${callee}.graphql`]: { loader: './clients/scripts/subgraph-schema.ts' } },
          documents: [`clients/internal/src/${callee}.ts`],
        },
      ]),
    ),
  },
  hooks: {},
};

export default config;
