import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/limits'
import type { Settings } from '@shared/schemas'
import { installFakeBridge, removeFakeBridge } from '../../../../test-util/renderer-bridge'
import { ApiCallError } from '../api'
import { SettingsState } from './settings.svelte'
import { StatusState } from './status.svelte'

const sepia: Settings = { ...DEFAULT_SETTINGS, theme: 'sepia' }
const dark: Settings = { ...DEFAULT_SETTINGS, theme: 'dark' }
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** Answers the test settles by hand, one per call, in the order it chooses. */
function held() {
  const waiting: { resolve: (value: Settings) => void; reject: (error: Error) => void }[] = []
  const answer = (): Promise<Settings> => new Promise((resolve, reject) => waiting.push({ resolve, reject }))
  return { answer, waiting }
}

/** Settings seeded with Sepia, over a bridge whose get and update answers the test settles by hand. */
function heldSettings() {
  const get = held()
  const update = held()
  const calls = installFakeBridge({ 'settings:get': get.answer, 'settings:update': update.answer })
  const settings = new SettingsState(new StatusState())
  settings.seed(sepia)
  return { get, update, calls, settings }
}

describe('SettingsState', () => {
  afterEach(removeFakeBridge)

  it('a fetch that a change of this window overtook does not undo it on screen', async () => {
    const { get, update, calls, settings } = heldSettings()
    // Another window's notice (or this window's own, arriving after its answer) starts a fetch…
    const refreshing = settings.refresh()
    // …then the reader picks Dark before that fetch is answered.
    const updating = settings.update({ theme: 'dark' })
    expect(settings.value.theme).toBe('dark')
    expect(calls.map(([name]) => name)).toEqual(['settings:get', 'settings:update'])
    // The fetch was read before the change was written: it still says Sepia.
    get.waiting[0]!.resolve(sepia)
    await settle()
    expect(settings.value.theme).toBe('dark')
    update.waiting[0]!.resolve(dark)
    await Promise.all([refreshing, updating])
    expect(settings.value.theme).toBe('dark')
  })

  it('a fetch nothing overtook shows what another window saved', async () => {
    const { get, settings } = heldSettings()
    const refreshing = settings.refresh()
    get.waiting[0]!.resolve(dark)
    await refreshing
    expect(settings.value.theme).toBe('dark')
  })

  it('when the change that overtook a fetch fails, the saved settings are fetched again', async () => {
    const { get, update, calls, settings } = heldSettings()
    // Another window chose Dark; this one starts to fetch it, then picks a larger text size.
    const refreshing = settings.refresh()
    const updating = settings.update({ textSize: 24 })
    get.waiting[0]!.resolve(dark)
    await settle()
    update.waiting[0]!.reject(new ApiCallError('store-failed', 'The disk is full.'))
    await settle()
    // The dropped answer is asked for again: what is saved is Dark, at the old size.
    expect(calls.map(([name]) => name)).toEqual(['settings:get', 'settings:update', 'settings:get'])
    get.waiting[1]!.resolve(dark)
    await Promise.all([refreshing, updating])
    await settle()
    expect(settings.value).toEqual(dark)
  })

  // A reader clicks Larger text three times and then Narrow, faster than the host answers: each
  // answer is the whole of what was saved when it was written, before the clicks after it.
  it('a change’s answer does not undo on screen a change made after it', async () => {
    const { update, settings } = heldSettings()
    const larger = settings.update({ textSize: 22 })
    const narrower = settings.update({ lineWidth: 'narrow' })
    update.waiting[0]!.resolve({ ...sepia, textSize: 22 })
    await settle()
    expect(settings.value).toEqual({ ...sepia, textSize: 22, lineWidth: 'narrow' })
    update.waiting[1]!.resolve({ ...sepia, textSize: 22, lineWidth: 'narrow' })
    await Promise.all([larger, narrower])
    expect(settings.value).toEqual({ ...sepia, textSize: 22, lineWidth: 'narrow' })
  })

  it('when the later of two changes fails, the earlier stays, the later is undone, and the saved settings are fetched', async () => {
    const { get, update, calls, settings } = heldSettings()
    const larger = settings.update({ textSize: 22 })
    const narrower = settings.update({ lineWidth: 'narrow' })
    update.waiting[0]!.resolve({ ...sepia, textSize: 22 })
    await settle()
    update.waiting[1]!.reject(new ApiCallError('store-failed', 'The disk is full.'))
    await Promise.all([larger, narrower])
    expect(settings.value).toEqual({ ...sepia, textSize: 22 })
    expect(calls.map(([name]) => name)).toEqual(['settings:update', 'settings:update', 'settings:get'])
    get.waiting[0]!.resolve({ ...sepia, textSize: 22 })
    await settle()
    expect(settings.value).toEqual({ ...sepia, textSize: 22 })
  })
})
