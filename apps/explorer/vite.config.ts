import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API process (apps/api, port 4000) serves /graphql and, in production, this build at /graphiql/.
const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  base: '/graphiql/',
  server: { proxy: { '/graphql': api } },
  preview: { proxy: { '/graphql': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL with CodeMirror is one large chunk; it loads only on this page, never in the dashboard.
    chunkSizeWarningLimit: 2500,
  },
});
