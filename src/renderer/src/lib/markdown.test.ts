// @vitest-environment happy-dom
/**
 * Notes render Markdown, and nothing in a note can run: every payload below (OWASP XSS filter
 * evasion vectors and friends) comes out as text or inert markup.
 */
import { describe, expect, it } from 'vitest'
import { XSS_PAYLOADS } from '../../../test-util/xss-payloads'
import { renderMarkdown } from './markdown'

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=javascript:alert('XSS')>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=# onmouseover="alert(\'xxs\')">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<SVG ONLOAD=alert(1)>',
  "<BODY ONLOAD=alert('XSS')>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](file:///etc/passwd)',
  '![x](javascript:alert(1))',
  '![x](https://example.org/track.png)',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<TABLE BACKGROUND="javascript:alert(\'XSS\')">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<details open ontoggle=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  '`<img src=x onerror=alert(1)>`',
  '<a href="https://example.org" onclick="alert(1)">x</a>',
  '[x](https://example.org "title\\" onmouseover=\\"alert(1)")'
]

/** Parse `html` and list anything that could run or fetch. */
function dangers(html: string): string[] {
  const root = document.createElement('div')
  root.innerHTML = html
  const found: string[] = []
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (
      [
        'script',
        'img',
        'iframe',
        'svg',
        'style',
        'meta',
        'link',
        'object',
        'embed',
        'form',
        'math',
        'details',
        'body'
      ].includes(tag)
    ) {
      found.push(`<${tag}>`)
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on') || name === 'style' || name === 'src' || name === 'action')
        found.push(`${tag}[${name}]`)
      if (name === 'href' && !/^(https?:|mailto:)/i.test(attribute.value))
        found.push(`${tag}[href=${attribute.value}]`)
    }
  }
  return found
}

describe('renderMarkdown', () => {
  it('renders emphasis, lists, links and quotes', () => {
    const html = renderMarkdown('*why* **this**\n\n- one\n- two\n\n> quoted\n\n[AP](https://apnews.com)')
    expect(html).toContain('<em>why</em>')
    expect(html).toContain('<strong>this</strong>')
    expect(html).toContain('<li>one</li>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<a href="https://apnews.com" target="_blank" rel="noopener noreferrer">AP</a>')
  })

  it('shows raw HTML as text', () => {
    const root = document.createElement('div')
    root.innerHTML = renderMarkdown('<b>bold?</b> <script>alert(1)</script>')
    expect(root.querySelector('b, script')).toBeNull()
    expect(root.textContent).toContain('<b>bold?</b> <script>alert(1)</script>')
  })

  it.each([...XSS_PAYLOADS, ...PAYLOADS])('neutralises %s', (payload) => {
    expect(dangers(renderMarkdown(payload))).toEqual([])
    expect(dangers(renderMarkdown(`Some *text* then ${payload} and more`))).toEqual([])
  })
})
