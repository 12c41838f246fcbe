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
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
