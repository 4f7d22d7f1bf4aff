// The renderer's Content Security Policy, sent by both ways the renderer is served (Electron's app protocol
// and the loopback transport): only our own bundle runs, nothing remote is ever loaded.
const policy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: newsdesk-photo:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Sent as a response header. */
export const contentSecurityPolicy = [...policy, "frame-ancestors 'none'"].join('; ');

/** The same policy for the page's <meta> tag, where browsers ignore frame-ancestors. */
export const metaContentSecurityPolicy = policy.join('; ');
