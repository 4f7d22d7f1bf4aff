// Sent as a response header with every renderer file, so it holds even if index.html is edited. No
// 'unsafe-inline' and no 'unsafe-eval': injected markup in an article can never run script.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: newsdesk-photo:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
