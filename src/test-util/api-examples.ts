/**
 * One well-formed input for every contract method, for the tests: the contract's own checks, the
 * dispatcher's refusals and the fuzzer's mutations all start from these. A new method without an
 * entry here does not compile.
 */
import type { Input, MethodName } from '@shared/api'

export const validInputs: { readonly [M in MethodName]: Input<M> } = {
  'content:get': {},
  'content:article': {},
  'settings:get': {},
  'settings:update': { textSize: 21 },
  'progress:get': {},
  'progress:save': { paragraphId: 'P12', fraction: 0.3 },
  'notices:list': {},
  'notices:dismiss': { id: 'content-updated-1' },
  'store:info': {},
  'backup:export': {},
  'backup:restore': { text: '{"format":"debrief-backup"}' },
  'annotations:list': {},
  'annotations:spans': {},
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
  'eventnotes:list': { eventId: 'oval-office-august' },
  'eventnotes:add': { eventId: 'oval-office-august', note: 'Cordial this time.', tags: ['tone'] },
  'eventnotes:edit': { id: 'note-1', note: 'Cordial, this time.' },
  'eventnotes:delete': { id: 'note-1' },
  'cards:next': {},
  'cards:grade': { cardId: 'rutte-role', rating: 3 },
  'cards:undo': {},
  'cards:settings': {},
  'cards:configure': { newCardsPerDay: 10 },
  'cards:list': {},
  'cards:create': {
    card: { type: 'basic', front: 'Who chairs?', back: 'Starmer' },
    sourceParagraphId: 'P17'
  },
  'cards:update': { id: 'own-1', card: { type: 'cloze', text: 'Chaired by {{c1::Starmer}}' } },
  'cards:delete': { id: 'own-1' },
  'cards:suspend': { ids: ['rutte-role'], suspended: true },
  'cards:reset': { ids: ['rutte-role'] },
  'cards:unreset': { resetId: 'reset-1' },
  'cards:note': { id: 'rutte-role', note: 'Dutch' },
  'cards:export': { format: 'csv' },
  'cards:stats': {},
  'cards:recall': {},
  'quiz:start': { count: 5 },
  'quiz:answer': { quizId: 'q1', index: 0, answer: 'Oval Office' },
  'quiz:override': { quizId: 'q1', index: 0, right: true },
  'quiz:finish': { quizId: 'q1' },
  'quiz:history': {}
}
