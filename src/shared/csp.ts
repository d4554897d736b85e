/**
 * The Content Security Policy of every page Debrief shows, in Electron and in the browser host:
 * everything from the app's own files, nothing framed, posted, eval'd or fetched from elsewhere.
 * src/renderer/index.html carries the same policy in its meta tag (a test holds them equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
