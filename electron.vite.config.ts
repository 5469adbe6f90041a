import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import postcssSimpleVars from 'postcss-simple-vars';
import { VitePWA } from 'vite-plugin-pwa';

const alias = { '@shared': fileURLToPath(new URL('./src-shared', import.meta.url)) };

/** Mantine's documented PostCSS setup (postcss-preset-mantine, its breakpoints as variables), inline: the renderer's root is src-renderer. */
const mantineBreakpoints = { 'mantine-breakpoint-xs': '36em', 'mantine-breakpoint-sm': '48em', 'mantine-breakpoint-md': '62em', 'mantine-breakpoint-lg': '75em', 'mantine-breakpoint-xl': '88em' };

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
    plugins: [
      react(),
      // The browser host's offline shell: every built file precached, so a reload with no network
      // still opens the app (Electron loads its own files and never registers the worker).
      VitePWA({
        injectRegister: false,
        registerType: 'autoUpdate',
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{html,js,css,svg,png,wasm,json}'],
          maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
          navigateFallback: 'index.html',
          // Only the shell: the central server's answers are never served from a cache.
          navigateFallbackAllowlist: [/^\/$/, /^\/index\.html$/],
          cleanupOutdatedCaches: true,
        },
      }),
    ],
    css: { postcss: { plugins: [postcssPresetMantine(), postcssSimpleVars({ variables: mantineBreakpoints })] } },
    build: { target: 'es2022', rollupOptions: { input: 'src-renderer/index.html' } },
  },
});
