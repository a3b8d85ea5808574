/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * `nx serve web`: the app with hot reload on http://localhost:4200, sending /graphql to the API
 * (LINK_API_URL, http://localhost:3000 by default: start it with `npm start`). `nx build web`:
 * dist/apps/web, which the API serves at / on its own origin.
 */
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  server: {
    port: 4200,
    host: 'localhost',
    proxy: { '/graphql': process.env['LINK_API_URL'] ?? 'http://localhost:3000' },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    // One bundle of about 250 kB gzipped: React, Apollo and Designsystemet.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
