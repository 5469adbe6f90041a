import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Benchmark pages only (never shipped): the storage floor and the PouchDB comparison.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('../../src-shared', import.meta.url)),
      // PouchDB extends Node's EventEmitter: use the npm package, not Vite's empty browser stub.
      events: fileURLToPath(new URL('../../node_modules/events/events.js', import.meta.url)),
    },
  },
  define: { global: 'globalThis' },
  build: {
    outDir: fileURLToPath(new URL('../../out/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        floor: fileURLToPath(new URL('./floor.html', import.meta.url)),
        pouch: fileURLToPath(new URL('./pouch.html', import.meta.url)),
      },
    },
  },
});
