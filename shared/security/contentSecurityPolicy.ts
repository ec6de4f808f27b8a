/**
 * The renderer's Content-Security-Policy, one source for every place that states it: the Electron
 * window's response header and the web host's header (renderer/index.html repeats it as a meta tag,
 * which a test keeps equal). No inline script, nothing from outside the app.
 */
export const contentSecurityPolicyDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

export const contentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');
