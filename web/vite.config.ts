// The page's build: React through esbuild's JSX transform (no plugin), output in web/dist.
// `npx vite web` serves it in development with the API proxied to a running `chancery serve`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The map's atlas is the bulk of the bundle; one file keeps the page a single request.
    chunkSizeWarningLimit: 1024,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8377' } },
  logLevel: 'warn',
});
