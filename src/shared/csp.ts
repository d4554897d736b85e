import { RESUME_SCRIPT_HASH } from './resume-script'

/**
 * The Content Security Policy of every page Debrief shows, in Electron and in the browser host:
 * everything from the app's own files, nothing framed, posted, eval'd or fetched from elsewhere.
 * The one inline script allowed is the returning reader's positioning, named by its hash
 * (resume-script.ts). The build writes the policy into src/renderer/index.html's meta tag too
 * (electron.vite.config.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${RESUME_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** The policy as a page's meta tag can carry it: frame-ancestors only works as a header. */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')
