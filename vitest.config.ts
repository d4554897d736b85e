import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  plugins: [svelte()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Tests wait for their own events; the bound only decides how long a real hang takes to fail,
    // and 5 s (vitest's default) fails correct tests on a machine shared by many runs.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
