/**
 * The page's one inline script, placed right after the first screen: it brings the returning
 * reader to where they left off before the first paint, so the page never shows the top and then
 * jumps. It reads the paragraph from its own `data-resume` attribute, so its text, and therefore
 * its hash in the Content Security Policy (csp.ts), never changes. It first measures the bars stuck
 * to the top of the window (notices, the reader's toolbar), as App.svelte and Reader.svelte do once
 * the app runs, so the scroll padding it lands by is the one the app then keeps.
 */
export const RESUME_SCRIPT =
  '(()=>{const root=document.documentElement;' +
  "for(const [name,selector] of [['--notices-h','.notices-host'],['--sticky-h','.bar-host']]){" +
  'const element=document.querySelector(selector);' +
  "if(element)root.style.setProperty(name,Math.round(element.getBoundingClientRect().height)+'px')}" +
  "document.getElementById(document.currentScript.dataset.resume)?.scrollIntoView({block:'start'})})()"

/**
 * The id of an empty element placed right after the script: the page's head holds rendering until
 * it is in the document (`<link rel="expect" blocking="render">`), so no frame shows the page
 * before it is positioned. Not the script itself: Chromium lets rendering go as soon as the
 * expected element is inserted, which for a script is before its text has been read and run (a
 * frame at the top was seen 2 times in 30 under load). A parser-inserted inline script has run
 * before the parser inserts anything after it.
 */
export const RESUMED_ELEMENT_ID = 'resumed'

/** RESUME_SCRIPT's SHA-256, as a CSP source; security.test.ts checks it against the text. */
export const RESUME_SCRIPT_HASH = "'sha256-rZW6hnS4PADqXWFsjej38PBhyLmiynNj3u08AG9iNjI='"
