/**
 * Notes' Markdown, loaded on first use. markdown-it (with linkify and punycode) and DOMPurify are
 * most of the renderer's weight and the first screen draws no note, so they come in a chunk of
 * their own (markdown.ts) the first time a note is shown or edited. Until it has arrived, which
 * takes a moment, a note reads as its plain text; the renderer's arrival redraws every note drawn
 * meanwhile, since it is read from reactive state.
 */
type Render = (source: string) => string

let render = $state.raw<Render | null>(null)
let loading: Promise<void> | null = null

/** Fetch the Markdown renderer, once; a failed fetch is tried again on the next note. */
export function loadMarkdown(): Promise<void> {
  loading ??= import('../../lib/markdown').then(
    (module) => {
      render = module.renderMarkdown
    },
    (error: unknown) => {
      loading = null
      console.error('[debrief] the Markdown renderer could not be loaded:', error)
    }
  )
  return loading
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** `source` as inert HTML: every character as text, line breaks kept. */
function plainText(source: string): string {
  return `<p>${source.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(/\r?\n/g, '<br>')}</p>`
}

/**
 * A note's Markdown as safe HTML (markdown.ts): raw HTML in the note appears as text and never
 * runs. Before the renderer has loaded (this starts the load), the note's plain text.
 */
export function renderMarkdown(source: string): string {
  if (render) return render(source)
  void loadMarkdown()
  return plainText(source)
}
