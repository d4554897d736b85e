import { resolve } from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

/**
 * The browser host (npm run web): a Node bundle in out/web beside the Electron build. It carries
 * the renderer's components compiled for the server, to send the first screen already drawn.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') })],
  build: {
    ssr: 'src/web/cli.ts',
    outDir: 'out/web',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: '[name].js', format: 'es' } }
  }
})
