import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/** `npm run test:soak`: the long tests (*.soak.ts), kept out of the unit suite for their running time. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: { include: ['src/**/*.soak.ts'], environment: 'node' }
})
