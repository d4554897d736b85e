// @vitest-environment happy-dom
/**
 * A note drawn before the Markdown renderer has loaded reads as its plain text (nothing in it can
 * run) and starts the load; once the renderer has arrived, notes are Markdown. (That a note shown
 * meanwhile is redrawn is proven in the browser: e2e/web/annotations.spec.ts waits for the
 * editor's preview to show the note's emphasis.)
 */
import { describe, expect, it, vi } from 'vitest'
import { XSS_PAYLOADS } from '../../../../test-util/xss-payloads'
import { loadMarkdown, renderMarkdown } from './note-markdown.svelte'

describe('a note before and after the Markdown renderer loads', () => {
  it('is inert plain text at first, then Markdown', async () => {
    const note = 'Kyiv *thanked* Trump\n<img src=x onerror=alert(1)>'
    expect(renderMarkdown(note)).toBe('<p>Kyiv *thanked* Trump<br>&lt;img src=x onerror=alert(1)&gt;</p>')
    await loadMarkdown()
    const html = renderMarkdown(note)
    expect(html).toContain('<em>thanked</em>')
    expect(html).not.toContain('<img')
  })
})

describe('the plain text shown meanwhile', () => {
  it('keeps every XSS payload as text', async () => {
    // A fresh copy of the module, whose renderer has not loaded; the payloads are drawn in one
    // go, before the load it starts can finish.
    vi.resetModules()
    const fresh = await import('./note-markdown.svelte')
    for (const payload of XSS_PAYLOADS) {
      const element = document.createElement('div')
      element.innerHTML = fresh.renderMarkdown(payload)
      expect(element.querySelectorAll('*:not(p):not(br)'), payload).toHaveLength(0)
      expect(element.textContent, payload).toBe(payload.replace(/\r?\n/g, ''))
    }
  })
})
