import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
// Compiling electron-builder's JSON schema takes seconds on a busy machine.
const VALIDATION_TIMEOUT_MS = 60_000

/** electron-builder.yml as electron-builder itself reads it (same loader, same merging). */
const config: Configuration = await getConfig(ROOT, null, null)

/** Width and height from a PNG's header chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path)
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('electron-builder.yml', () => {
  it(
    "passes electron-builder's own schema validation",
    async () => {
      await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    },
    VALIDATION_TIMEOUT_MS
  )

  it(
    'would be refused by that validation if it named an option electron-builder does not know',
    async () => {
      const misspelt = { ...config, linux: { ...config.linux, categroy: 'Education' } } as Configuration
      await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
        /Invalid configuration object/
      )
    },
    VALIDATION_TIMEOUT_MS
  )

  it('names the app and builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config).toMatchObject({ appId: 'org.debrief.app', productName: 'Debrief' })
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Education' })
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
    expect(config.mac).toMatchObject({ target: 'dmg', category: 'public.app-category.education' })
    expect(config.win).toMatchObject({ target: 'nsis' })
  })

  it('packages only the built app, in an asar, with the content beside it', () => {
    expect(config.asar).toBe(true)
    // electron-builder normalises the list into one file set.
    expect(config.files).toEqual([{ filter: ['out/main/**', 'out/preload/**', 'out/renderer/**'] }])
    expect(config.extraResources).toEqual([{ from: 'resources/content', to: 'content' }])
  })

  it('sets the fuses: no Node runtime, NODE_OPTIONS or inspector; encrypted cookies; code only from a checked asar; no file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      // No page comes from file:// (the app: protocol serves them; SECURITY.md, item 18).
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('takes every platform icon from one square picture large enough for macOS (1024 px)', () => {
    const buildResources = config.directories?.buildResources ?? 'build'
    for (const platform of [config.linux, config.mac, config.win]) {
      expect(platform?.icon).toBe('icon.png')
    }
    expect(pngSize(join(ROOT, buildResources, 'icon.png'))).toEqual({ width: 1024, height: 1024 })
  })
})
