/** The contract itself: every method is named domain:verb, carries a zod schema, and refuses malformed input. */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { api, isMethodName, methodNames } from './api'
import { validInputs } from '../test-util/api-examples'
import { TEXT_SIZE } from './limits'

describe('the contract', () => {
  it('names every method domain:verb, in lower case', () => {
    expect(methodNames.length).toBeGreaterThan(0)
    for (const name of methodNames) expect(name).toMatch(/^[a-z]+:[a-z]+$/)
  })

  it('gives every method a zod schema for its input', () => {
    for (const name of methodNames) expect(api[name].input).toBeInstanceOf(z.ZodType)
  })

  it('lists exactly the methods it declares', () => {
    expect(methodNames).toEqual(Object.keys(api))
    expect(Object.keys(validInputs).sort()).toEqual([...methodNames].sort())
  })

  it('recognises its own method names and nothing else, inherited object properties included', () => {
    for (const name of methodNames) expect(isMethodName(name)).toBe(true)
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'settings:delete', '']) {
      expect(isMethodName(name)).toBe(false)
    }
  })

  it.each(methodNames)('%s accepts a well-formed input', (name) => {
    expect(api[name].input.safeParse(validInputs[name]).success).toBe(true)
  })

  it.each(methodNames)('%s refuses undefined, null, strings, numbers, arrays and unknown keys', (name) => {
    const refused = [
      undefined,
      null,
      'x',
      1,
      [],
      [validInputs[name]],
      { ...validInputs[name], unexpected: 1 }
    ]
    for (const input of refused) expect(api[name].input.safeParse(input).success).toBe(false)
  })
})

describe('settings:update', () => {
  const schema = api['settings:update'].input

  it('needs at least one setting', () => {
    expect(schema.safeParse({}).success).toBe(false)
  })

  it('accepts text sizes from the minimum to the maximum, and nothing outside them', () => {
    expect(schema.safeParse({ textSize: TEXT_SIZE.min }).success).toBe(true)
    expect(schema.safeParse({ textSize: TEXT_SIZE.max }).success).toBe(true)
    expect(schema.safeParse({ textSize: TEXT_SIZE.min - 1 }).success).toBe(false)
    expect(schema.safeParse({ textSize: TEXT_SIZE.max + 1 }).success).toBe(false)
  })

  it('refuses a theme it does not know', () => {
    expect(schema.safeParse({ theme: 'neon' }).success).toBe(false)
  })
})

describe('progress:save', () => {
  const schema = api['progress:save'].input

  it('accepts fractions from 0 to 1 inclusive, and nothing outside them', () => {
    expect(schema.safeParse({ paragraphId: 'P34', fraction: 1 }).success).toBe(true)
    expect(schema.safeParse({ paragraphId: 'P34', fraction: 1.01 }).success).toBe(false)
    expect(schema.safeParse({ paragraphId: 'P1', fraction: -0.01 }).success).toBe(false)
  })

  it('accepts only paragraph ids of the form P1, P2, …', () => {
    for (const id of ['p1', 'P0', 'P01', 'P', '1', 'P1 ']) {
      expect(schema.safeParse({ paragraphId: id, fraction: 0 }).success).toBe(false)
    }
  })
})
