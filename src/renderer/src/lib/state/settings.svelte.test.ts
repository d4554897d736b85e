import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/limits'
import type { Settings } from '@shared/schemas'
import { removeFakeBridge } from '../../../../test-util/renderer-bridge'
import { SettingsState } from './settings.svelte'
import { StatusState } from './status.svelte'

/** A bridge whose settings answers the test releases by hand, in the order it chooses. */
function heldBridge() {
  const held: { name: string; input: unknown; release: (value: Settings) => void }[] = []
  ;(globalThis as { api?: unknown }).api = new Proxy(
    {},
    {
      get: (_target, name: string) => (input: unknown) =>
        new Promise((resolve) => held.push({ name, input, release: (value) => resolve({ ok: true, value }) }))
    }
  )
  return held
}

const sepia: Settings = { ...DEFAULT_SETTINGS, theme: 'sepia' }
const dark: Settings = { ...DEFAULT_SETTINGS, theme: 'dark' }
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('SettingsState', () => {
  afterEach(removeFakeBridge)

  it('a fetch that a change of this window overtook does not undo it on screen', async () => {
    const held = heldBridge()
    const settings = new SettingsState(new StatusState())
    settings.seed(sepia)
    // Another window's notice (or this window's own, arriving after its answer) starts a fetch…
    const refreshing = settings.refresh()
    // …then the reader picks Dark before that fetch is answered.
    const updating = settings.update({ theme: 'dark' })
    expect(settings.value.theme).toBe('dark')
    const [get, update] = held
    expect([get!.name, update!.name]).toEqual(['settings:get', 'settings:update'])
    // The fetch was read before the change was written: it still says Sepia.
    get!.release(sepia)
    await settle()
    expect(settings.value.theme).toBe('dark')
    update!.release(dark)
    await Promise.all([refreshing, updating])
    expect(settings.value.theme).toBe('dark')
  })

  it('a fetch nothing overtook shows what another window saved', async () => {
    const held = heldBridge()
    const settings = new SettingsState(new StatusState())
    settings.seed(sepia)
    const refreshing = settings.refresh()
    held[0]!.release(dark)
    await refreshing
    expect(settings.value.theme).toBe('dark')
  })
})
