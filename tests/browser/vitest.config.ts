import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@atlas/source'],
    // Node loads graphql's CommonJS build for the libraries; make Vite's side use the same copy,
    // or graphql's instanceof checks fail across the two.
    alias: { graphql: 'graphql/index.js' },
  },
  ssr: { resolve: { conditions: ['@atlas/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // One seeded database per run, cloned by every test file (see packages/db/src/test-support).
    globalSetup: ['../../packages/db/src/test-support/run-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
