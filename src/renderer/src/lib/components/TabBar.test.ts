/**
 * The tab bar's markup as assistive technology reads it: a named tab list whose tabs are tied to
 * their panel, one selected, and that one the only Tab stop (the keys are tab-bar.ts's, tested there).
 */
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import { tabId } from './tab-bar'
import TabBar from './TabBar.svelte'

const TABS = [
  { id: 'axis', label: 'Time axis' },
  { id: 'list', label: 'List' },
  { id: 'map', label: 'Map' }
]

/** Each tab of the tab bar drawn with `selected`, as the attributes that matter and its label. */
function drawn(selected: string): { list: string; tabs: Record<string, string>[] } {
  const { body } = render(TabBar, {
    props: {
      tabs: TABS,
      selected,
      onselect: () => {},
      label: 'Timeline views',
      idPrefix: 'timeline',
      panelId: 'timeline-pane'
    }
  })
  const attribute = (tag: string, name: string): string =>
    new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1] ?? ''
  const list = /<div[^>]*role="tablist"[^>]*>/.exec(body)?.[0] ?? ''
  const tabs = [...body.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].map(([, tag = '', label = '']) => ({
    label,
    ...Object.fromEntries(
      ['role', 'id', 'aria-controls', 'aria-selected', 'tabindex'].map((name) => [name, attribute(tag, name)])
    )
  }))
  return { list: attribute(list, 'aria-label'), tabs }
}

describe('TabBar', () => {
  it('names the list and ties each tab, by the id tabId gives, to the panel', () => {
    const { list, tabs } = drawn('axis')
    expect(list).toBe('Timeline views')
    expect(tabs.map((tab) => [tab.label, tab.role, tab.id, tab['aria-controls']])).toEqual([
      ['Time axis', 'tab', tabId('timeline', 'axis'), 'timeline-pane'],
      ['List', 'tab', tabId('timeline', 'list'), 'timeline-pane'],
      ['Map', 'tab', tabId('timeline', 'map'), 'timeline-pane']
    ])
  })

  it('marks the selected tab, and makes it the one Tab stop', () => {
    const { tabs } = drawn('list')
    expect(tabs.map((tab) => [tab['aria-selected'], tab.tabindex])).toEqual([
      ['false', '-1'],
      ['true', '0'],
      ['false', '-1']
    ])
  })
})
