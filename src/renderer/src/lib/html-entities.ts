/**
 * markdown-it's character references (`&copy;`, `&mdash;`) decoded by the browser's own HTML
 * parser, in place of the `entities` package markdown-it imports: the same table of named
 * references (the HTML standard's), without a second copy of it in the renderer (20 KB gzipped,
 * the largest part of the Markdown chunk). The renderer build resolves markdown-it's `entities`
 * here (electron.vite.config.ts); everywhere else markdown-it keeps the package.
 */
let decoder: HTMLTextAreaElement | undefined

/**
 * `text` with its character references decoded, as the HTML parser reads them in text: the one
 * function of `entities` that markdown-it calls (with one reference at a time). Every `<` is
 * escaped before parsing, so nothing in `text` is ever read as markup.
 */
export function decodeHTML(text: string): string {
  decoder ??= document.createElement('textarea')
  decoder.innerHTML = text.replaceAll('<', '&lt;')
  return decoder.value
}
