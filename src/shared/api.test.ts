/** The contract itself: every method is named domain:verb, carries a zod schema, and refuses malformed input. */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { api, isMethodName, methodNames, type Input, type MethodName } from './api'
import { TEXT_SIZE } from './schemas'

/** One good input for every method: a new method without an entry here does not compile. */
const validInputs: { [M in MethodName]: Input<M> } = {
  'content:get': {},
  'settings:get': {},
  'settings:update': { theme: 'dark' },
  'progress:get': {},
  'progress:save': { paragraphId: 'P1', fraction: 0 },
  'notices:list': {},
  'notices:dismiss': { id: 'recovered-from-backup-1755537300000' },
  'store:info': {},
  'annotations:list': {},
  'annotations:create': {
    color: 'yellow',
    selector: [
      { type: 'TextQuoteSelector', exact: 'Trump', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 5 }
    ],
    note: '*why*'
  },
  'annotations:update': { id: 'a1', tags: ['tone'] },
  'annotations:delete': { id: 'a1' },
  'annotations:restore': {
    annotation: {
      id: 'a1',
      created: '2025-08-20T10:00:00.000Z',
      updated: '2025-08-20T10:00:00.000Z',
      color: 'yellow',
      note: '',
      tags: [],
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact: 'Trump', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: 5 }
        ]
      },
      orphaned: false
    }
  },
  'pagenotes:write': { target: 'article', note: 'Overall.' },
  'highlightcolors:rename': { color: 'pink', name: 'Question' },
  'annotations:export': { format: 'markdown' },
  'annotations:import': { text: '{}' },
  'eventnotes:list': {},
  'eventnotes:add': { eventId: 'oval-office-august', note: 'Cordial this time.' },
  'eventnotes:edit': { id: 'note-1', tags: ['tone'] },
  'eventnotes:delete': { id: 'note-1' },
  'cards:next': {},
  'cards:grade': { cardId: 'rutte-role', rating: 3 },
  'cards:undo': {},
  'cards:settings': {},
  'cards:configure': { desiredRetention: 0.85 },
  'cards:list': {},
  'cards:create': { card: { type: 'basic', front: 'Who chairs?', back: 'Starmer' } },
  'cards:update': { id: 'own-1', card: { type: 'cloze', text: 'Chaired by {{c1::Starmer}}' } },
  'cards:delete': { id: 'own-1' },
  'cards:suspend': { ids: ['rutte-role'], suspended: true },
  'cards:reset': { ids: ['rutte-role'] },
  'cards:note': { id: 'rutte-role', note: 'Dutch' },
  'cards:export': { format: 'anki-basic' },
  'cards:stats': {},
  'cards:recall': {},
  'quiz:start': {},
  'quiz:answer': { quizId: 'q1', index: 0, answer: 'Oval Office' },
  'quiz:finish': { quizId: 'q1' },
  'quiz:history': {}
}

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
