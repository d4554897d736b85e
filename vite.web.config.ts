import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** The browser host (npm run web): a Node bundle in out/web beside the Electron build. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  build: {
    ssr: 'src/web/cli.ts',
    outDir: 'out/web',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: '[name].js', format: 'es' } }
  }
})
