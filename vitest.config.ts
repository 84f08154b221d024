import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everything: our sources would otherwise get its ESM build while Yoga, Pothos
    // and @apollo/gateway load the CommonJS one, and `instanceof GraphQLError` breaks across them.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: [
      'subgraphs/*/test/**/*.test.ts',
      'clients/test/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'gateway/test/**/*.test.ts',
      'infra/test/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
    ],
    globalSetup: ['infra/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
