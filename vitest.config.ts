import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['subgraphs/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'infra/test/**/*.test.ts'],
    globalSetup: ['infra/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
