import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': fileURLToPath(new URL('./src-shared', import.meta.url)) };

export default defineConfig({
  main: {
    resolve: { alias },
    build: { rollupOptions: { input: { index: 'src-main/app/main.ts' } } },
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload cannot be an ES module.
    build: { rollupOptions: { input: { index: 'src-main/preload/index.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } } },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    resolve: { alias },
    plugins: [react()],
    build: { target: 'es2022', rollupOptions: { input: 'src-renderer/index.html' } },
  },
});
