// What every response carries, and which pages may open the live WebSocket. The game has no inline
// script or style attribute (styles set from code go through the CSSOM, which CSP allows), so the
// policy needs no 'unsafe-inline'. Phaser draws its built-in textures from data: URLs.

export interface HeaderOptions {
  /** Who may frame the game: none by default; e.g. "https://elo.example.nl" for a learning platform. */
  frameAncestors?: string[];
}

export function securityHeaders(options: HeaderOptions = {}): Record<string, string> {
  const frame = options.frameAncestors?.length ? options.frameAncestors.join(' ') : "'none'";
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frame}`,
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.frameAncestors?.length ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/**
 * Whether a WebSocket handshake may go on. Browsers always send Origin; it must be this server
 * itself (the Host the request came to) or one of the configured origins, e.g. the public address
 * of a reverse proxy. A request without Origin comes from no browser page and is let through.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** `SPAGAAT_ORIGINS="https://a.example,https://b.example"` → the list, each an origin only. */
export function parseOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => {
      const url = new URL(v);
      return url.origin;
    });
}
