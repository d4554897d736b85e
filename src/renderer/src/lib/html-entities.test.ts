// @vitest-environment happy-dom
/**
 * The renderer's stand-in for `entities` decodes a character reference as markdown-it's own copy
 * of the package does, and never reads markup. (Chromium's parser is proven on the built app in
 * e2e/web/notes-markdown.spec.ts: here the parser is happy-dom's.)
 */
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { decodeHTML } from './html-entities'

/** markdown-it with the real `entities`: its unescapeAll decodes a reference as its rules do. */
const { unescapeAll } = new MarkdownIt().utils

const REFERENCES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&nbsp;',
  '&copy;',
  '&mdash;',
  '&ndash;',
  '&hellip;',
  '&ldquo;',
  '&rdquo;',
  '&euro;',
  '&Aacute;',
  '&aacute;',
  '&Uuml;',
  '&szlig;',
  '&NotNestedGreaterGreater;',
  '&CounterClockwiseContourIntegral;',
  '&bogus;',
  '&AMP;',
  '&#x;',
  '&#123456789;'
]

describe('decodeHTML', () => {
  it.each(REFERENCES)('decodes %s as entities does', (reference) => {
    expect(decodeHTML(reference)).toBe(unescapeAll(reference))
  })

  it('reads markup as text, never as elements', () => {
    expect(decodeHTML('<img src=x onerror="window.__xss=1">&amp;')).toBe(
      '<img src=x onerror="window.__xss=1">&'
    )
    expect(decodeHTML('</textarea><script>window.__xss=1</script>')).toBe(
      '</textarea><script>window.__xss=1</script>'
    )
  })
})
