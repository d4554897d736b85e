import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from './src/shared/csp'

const shared = resolve(import.meta.dirname, 'src/shared')

/** Put the one Content Security Policy (src/shared/csp.ts) into the page's meta tag. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'debrief-csp-meta',
    // In development Electron sends a relaxed header that lets Vite's hot-reload socket through.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend'
      }
    ]
  }
}

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    // The app: protocol draws the first screen with the renderer's components, compiled for the server.
    plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') })],
    build: { outDir: 'out/main' }
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() anything: bundle zod and the contract into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    root: 'src/renderer',
    resolve: {
      alias: {
        '@shared': shared,
        // markdown-it's one use of `entities` is decoding a character reference, which the
        // browser's parser does with the same table: the 20 KB table stays out of the renderer.
        entities: resolve(import.meta.dirname, 'src/renderer/src/lib/html-entities.ts')
      }
    },
    plugins: [
      svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') }),
      contentSecurityPolicyMeta()
    ],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, the first screen's script is less
      // than half the bytes to read and parse.
      minify: true,
      // The renderer imports constants and helpers from modules that also hold the contract's zod
      // schemas, and never validates with them: the host does. A zod builder call only builds a
      // value, so declared pure, every schema the renderer leaves unused (all of them) is dropped,
      // and zod with them (19 KB gzipped that the first screen loaded and never ran).
      rolldownOptions: {
        treeshake: { manualPureFunctions: ['z'] },
        output: {
          // Everything the first screen loads is one file: left to itself, rolldown split what the
          // lazy views share with it (the Svelte runtime, the dialog, small helpers) into six, each
          // a request and compressed alone (npm run bench -- --only=size: 56.4 KB gzipped in six
          // files, 54.4 KB in one). The views import those parts from it.
          codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] }
        }
      }
    }
  }
})
