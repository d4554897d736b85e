import DOMPurify from 'dompurify'
import MarkdownIt from 'markdown-it'

/**
 * Notes are Markdown: emphasis, lists, links, quotes, code. markdown-it is the first line of defence
 * (`html: false` turns raw HTML into text, its link check refuses javascript:, vbscript:, file: and
 * data: URLs); DOMPurify the second, over what markdown-it produced. Images are off: a note must not
 * make the app fetch anything (the CSP would block it too).
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false }).disable('image')

const SAFE_LINK = /^(https?:|mailto:)/i

let hooked = false

/** Open links outside the app, and drop any that are not http(s) or mailto. */
function hookLinks(): void {
  if (hooked) return
  hooked = true
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return
    const href = node.getAttribute('href') ?? ''
    if (!SAFE_LINK.test(href)) {
      node.removeAttribute('href')
      return
    }
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  })
}

/** A note's Markdown as safe HTML: raw HTML in the note appears as text and never runs. */
export function renderMarkdown(source: string): string {
  hookLinks()
  return DOMPurify.sanitize(md.render(source), {
    ALLOWED_TAGS: [
      'p',
      'br',
      'em',
      'strong',
      's',
      'del',
      'a',
      'ul',
      'ol',
      'li',
      'blockquote',
      'code',
      'pre',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td'
    ],
    ALLOWED_ATTR: ['href', 'target', 'rel', 'start'],
    ALLOW_DATA_ATTR: false
  })
}
