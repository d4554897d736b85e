import { describe, expect, it } from 'vitest'
import type { ApiResult } from '@shared/api'
import { ApiError, api, unwrapResult } from './api'

describe('unwrapResult', () => {
  it('answers the value of a successful call', () => {
    expect(unwrapResult({ ok: true, value: 42 })).toBe(42)
  })

  it('throws an ApiError with the code and the message the host wrote for the user', () => {
    const failed: ApiResult<number> = {
      ok: false,
      error: { code: 'not-found', message: 'No paragraph P99.' }
    }
    expect(() => unwrapResult(failed)).toThrowError(new ApiError('not-found', 'No paragraph P99.'))
    try {
      unwrapResult(failed)
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError)
      expect((error as ApiError).code).toBe('not-found')
    }
  })

  it('treats a malformed answer as an internal fault', () => {
    expect(() => unwrapResult(null as unknown as ApiResult<number>)).toThrowError(ApiError)
  })
})

describe('api', () => {
  it('rejects with an ApiError when no host provides window.api', async () => {
    await expect(api['settings:get']({})).rejects.toMatchObject({ name: 'ApiError', code: 'internal' })
  })

  it('unwraps what the bridge answers, and turns a rejected transport into an ApiError', async () => {
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
