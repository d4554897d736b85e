/**
 * A status message belongs to the view it came from: switching views never carries one over, and
 * coming back finds it (with its action) where it was left.
 */
import { describe, expect, it } from 'vitest'
import { StatusState } from './status.svelte'

describe('the status line', () => {
  it('shows each view its own message, and keeps it (and its action) for coming back', () => {
    let view = 'flashcards'
    const status = new StatusState(() => view)
    const undo = { label: 'Undo', run: () => undefined }
    status.report('Suspended 12 cards.', undo)
    view = 'read'
    expect(status.message).toBe('')
    expect(status.action).toBeNull()
    status.report('Quote copied.')
    view = 'flashcards'
    expect(status.message).toBe('Suspended 12 cards.')
    expect(status.action).toBe(undo)
    status.clear()
    expect(status.message).toBe('')
    view = 'read'
    expect(status.message).toBe('Quote copied.')
  })

  it('files a message reported through a view’s own line under that view, even after the user left it', () => {
    let view = 'flashcards'
    const status = new StatusState(() => view)
    const flashcards = status.of('flashcards')
    view = 'read'
    flashcards.reportError('The cards could not be listed', new Error('boom'))
    expect(status.message).toBe('')
    view = 'flashcards'
    expect(status.message).toBe(
      'The cards could not be listed: something unexpected went wrong. Try again, or restart Debrief.'
    )
    flashcards.clear()
    expect(status.message).toBe('')
  })
})
