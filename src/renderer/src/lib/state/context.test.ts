/**
 * The typed context: a component reads what its nearest ancestor set, and one drawn without such
 * an ancestor fails at once (when drawn: `render` draws on reading `body`), naming what is missing, instead of working on a value of its own.
 */
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import ContextProvider from '../../../../test-util/context/ContextProvider.svelte'
import ContextReader from '../../../../test-util/context/ContextReader.svelte'
import { Context } from './context'

describe('Context', () => {
  it('hands the value an ancestor set to the component below it', () => {
    const context = new Context<string>('Greeting')

    expect(render(ContextProvider, { props: { provides: context, value: 'hello' } }).body).toContain(
      '<p>hello</p>'
    )
  })

  it('gives the nearest ancestor’s value where two set it', () => {
    const context = new Context<string>('Greeting')

    const { body } = render(ContextProvider, { props: { provides: context, value: 'outer', inner: 'inner' } })

    expect(body).toContain('<p>inner</p>')
    expect(body).not.toContain('outer')
  })

  it('throws, naming the context, in a component with no ancestor that set it', () => {
    const context = new Context<string>('Greeting')

    expect(() => render(ContextReader, { props: { context } }).body).toThrow(/No Greeting here/)
  })

  it('keeps two contexts of the same name apart', () => {
    const set = new Context<string>('Greeting')
    const other = new Context<string>('Greeting')

    expect(
      () => render(ContextProvider, { props: { provides: set, value: 'hello', reads: other } }).body
    ).toThrow(/No Greeting here/)
  })

  it('cannot be read outside a component', () => {
    expect(() => new Context<string>('Greeting').get()).toThrow()
  })
})
