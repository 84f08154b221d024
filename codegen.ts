// graphql-codegen: typed documents for the apps and the partner SDK, generated from the committed
// supergraph. The apps and clients/ arrive with the storefront/admin issue; until then there are no
// documents and `npm run codegen` is not wired.
const config = {
  schema: 'schema/supergraph.graphql',
  documents: ['apps/**/*.{ts,tsx}', 'clients/src/**/*.ts', '!**/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'clients/generated/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
      },
      presetConfig: { fragmentMasking: true, persistedDocuments: true },
    },
  },
};

export default config;
