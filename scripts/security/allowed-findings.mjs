// The electronegativity findings that do not point at a weakness, each with the reason. SECURITY.md
// lists the same ones for readers; `npm run security` fails on any finding not listed here, and on
// an entry here that no longer matches a finding.

/** @type {import('./electronegativity.mjs').AllowedFinding[]} */
export const ALLOWED_FINDINGS = [
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'src/main/electron/window.ts',
    reason:
      'A middle-click on a link can only ask for a new window, and no new window is ever opened: ' +
      "every web contents gets a window-open handler that denies all (security.ts secureWebContents; 'never opens a " +
      "window' in security.test.ts). Disabling the Auxclick Blink feature would add nothing."
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'src/main/electron/window.ts',
    reason:
      'Review item. The preload is a sandboxed, self-contained bundle that exposes only window.api, one ' +
      'function per contract method, each a single ipcRenderer.invoke on its own channel: no ipcRenderer, no ' +
      'generic channel and no Node to the page (src/preload/index.ts, bridge.ts; preload tests).'
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'src/main/index.ts',
    reason:
      'Review item. shell.openExternal is reached only through secureWebContents, which passes a URL on only ' +
      "when it parses as http: or https: (security.ts isSafeExternalUrl; 'hands only http(s) links to the " +
      "browser' in security.test.ts refuses javascript:, file:, data: and junk)."
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'src/renderer/index.html',
    reason:
      "The policy's one remark is that script-src 'self' could be abused if the app's origin served JSONP or " +
      "user-uploaded files. It serves neither: 'self' is app://debrief/, whose handler serves the built " +
      "renderer's own files and nothing else (app-protocol.ts; app-protocol.test.ts runs the browser host's " +
      'path-traversal table against it), and every request outside that origin is cancelled (security.ts ' +
      'isAllowedRequest; security.test.ts).'
  }
]
