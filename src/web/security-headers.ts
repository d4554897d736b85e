import { CONTENT_SECURITY_POLICY } from '@shared/csp'

/**
 * The headers on every browser-host response: the app's Content Security Policy, no sniffing, no
 * referrer, no framing, and a window of its own (no other origin's window keeps a handle on it).
 */
export const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY'
} as const
