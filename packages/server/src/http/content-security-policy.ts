/**
 * The Content-Security-Policy of every page the server answers with (the workspace, the portal, the lab,
 * voices, and the page for an address it cannot read): the app's own scripts and styles, nothing inline and
 * nothing from elsewhere.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
