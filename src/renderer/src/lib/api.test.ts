import { describe, expect, it } from 'vitest'
import { methodNames, type ApiResult } from '@shared/api'
import { ApiCallError, api, unwrapResult } from './api'

describe('unwrapResult', () => {
  it('answers the value of a successful call', () => {
    expect(unwrapResult({ ok: true, value: 42 })).toBe(42)
  })

  it('throws an ApiCallError with the code and the message the host wrote for the user', () => {
    const failed: ApiResult<number> = {
      ok: false,
      error: { code: 'not-found', message: 'No paragraph P99.' }
    }
    expect(() => unwrapResult(failed)).toThrowError(new ApiCallError('not-found', 'No paragraph P99.'))
    try {
      unwrapResult(failed)
    } catch (error) {
      expect(error).toBeInstanceOf(ApiCallError)
      expect((error as ApiCallError).code).toBe('not-found')
    }
  })

  it('treats a malformed answer as an internal fault', () => {
    expect(() => unwrapResult(null as unknown as ApiResult<number>)).toThrowError(ApiCallError)
  })
})

describe('api', () => {
  it('is not thenable: awaiting it answers it at once instead of waiting forever', async () => {
    expect((api as unknown as { then?: unknown }).then).toBeUndefined()
    const settled = await Promise.race([
      (async () => (await (api as unknown as Promise<unknown>)) === api)(),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1_000))
    ])
    expect(settled).toBe(true)
  })

  it('offers a function for every contract method and nothing for other names', () => {
    for (const name of methodNames) expect(typeof api[name]).toBe('function')
    for (const name of ['toJSON', 'constructor', 'catch', 'settings', 'settings:get/x']) {
      expect((api as unknown as Record<string, unknown>)[name]).toBeUndefined()
    }
  })

  it('rejects with an ApiCallError when no host provides window.api', async () => {
    await expect(api['settings:get']({})).rejects.toMatchObject({ name: 'ApiCallError', code: 'internal' })
  })

  it('unwraps what the bridge answers, and turns a rejected transport into an ApiCallError', async () => {
    const holder = globalThis as { api?: unknown }
    holder.api = {
      'notices:list': async () => ({ ok: true, value: [] }),
      'store:info': async () => {
        throw new TypeError('Failed to fetch')
      }
    }
    try {
      await expect(api['notices:list']({})).resolves.toEqual([])
      await expect(api['store:info']({})).rejects.toMatchObject({ code: 'internal' })
    } finally {
      delete holder.api
    }
  })
})
