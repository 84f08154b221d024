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
  'clients/generated/': ['clients/src/**/*.ts'],
};

const config: CodegenConfig = {
  schema: { 'schema/supergraph.graphql': { loader: './clients/scripts/api-schema.ts' } },
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    Object.entries(TARGETS).map(([output, documents]) => [output, { ...shared, documents }]),
  ),
  hooks: {},
};

export default config;
