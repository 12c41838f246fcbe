import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API process (apps/api, port 4000) serves /graphql and, in production, this build from dist/.
const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@atlas/source'] },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
    },
  },
  preview: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The first load must stay small: Recharts is split into its own lazily loaded chunk.
    chunkSizeWarningLimit: 600,
  },
});
