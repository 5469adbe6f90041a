import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import postcssSimpleVars from 'postcss-simple-vars';

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
    plugins: [react()],
    css: { postcss: { plugins: [postcssPresetMantine(), postcssSimpleVars({ variables: mantineBreakpoints })] } },
    build: { target: 'es2022', rollupOptions: { input: 'src-renderer/index.html' } },
  },
});
