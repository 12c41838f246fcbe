import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API process (apps/api, port 4000) serves /graphql and, in production, this build from dist/.
const api = 'http://localhost:4000';
// Everything the API answers besides the pages: GraphQL, health, feeds and downloads, the explorer.
const apiPaths = Object.fromEntries(['/graphql', '/healthz', '/export', '/feeds', '/api', '/graphiql'].map((path) => [path, api]));

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@atlas/source'] },
  server: {
    proxy: apiPaths,
  },
  preview: {
    proxy: apiPaths,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The first load must stay small: Recharts is split into its own lazily loaded chunk.
    chunkSizeWarningLimit: 600,
  },
});
