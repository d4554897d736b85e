/** A choice group as assistive technology reads it: a named group of radios, the chosen one checked. */
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import ChoiceGroup from './ChoiceGroup.svelte'

const OPTIONS = [
  { value: 'basic', label: 'Question and answer' },
  { value: 'cloze', label: 'Cloze (hide words)' }
] as const

describe('ChoiceGroup', () => {
  it('draws one radio per option under its legend, sharing a name, the chosen one checked', () => {
    const { body } = render(ChoiceGroup, {
      props: { legend: 'Kind of card', name: 'card-type', options: OPTIONS, value: 'cloze' }
    })
    expect(/<legend[^>]*>([^<]*)<\/legend>/.exec(body)?.[1]).toBe('Kind of card')
    const radios = [...body.matchAll(/<label><input([^>]*)\/?>\s*([^<]*)<\/label>/g)].map(
      ([, tag = '', label = '']) => ({
        label: label.trim(),
        name: / name="([^"]*)"/.exec(tag)?.[1],
        value: / value="([^"]*)"/.exec(tag)?.[1],
        checked: / checked/.test(tag)
      })
    )
    expect(radios).toEqual([
      { label: 'Question and answer', name: 'card-type', value: 'basic', checked: false },
      { label: 'Cloze (hide words)', name: 'card-type', value: 'cloze', checked: true }
    ])
  })
})
