import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API server under /app; `npm run dev` proxies the API to a local server.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/graphql': process.env.CREATORGRAPH_URL ?? 'http://127.0.0.1:4000' } },
});
