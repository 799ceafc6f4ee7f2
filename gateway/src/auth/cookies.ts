import type { Request, Response } from 'express';

/** Cookie values from a `Cookie` header; malformed pairs are ignored rather than trusted. */
export function readCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const index = pair.indexOf('=');
    if (index <= 0) continue;
    const name = pair.slice(0, index).trim();
    const raw = pair.slice(index + 1).trim();
    try {
      if (!cookies.has(name)) cookies.set(name, decodeURIComponent(raw));
    } catch {
      // a value that is not valid percent-encoding cannot be one of ours
    }
  }
  return cookies;
}

export interface CookieOptions {
  maxAgeSeconds: number;
  path: string;
  secure: boolean;
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    // Lax: sent on the top-level navigation back from the identity provider, never on
    // cross-site sub-requests or cross-site POSTs.
    'SameSite=Lax',
  ];
  if (options.maxAgeSeconds === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export function appendCookie(res: Response, cookie: string): void {
  res.append('Set-Cookie', cookie);
}

/** HTTPS as the browser sees it; behind a reverse proxy, `trust proxy` makes X-Forwarded-Proto count. */
export function isHttps(req: Request): boolean {
  return req.secure;
}

/** The origin the browser used to reach the gateway, to compare with `Origin` on POSTs. */
export function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? ''}`;
}

/**
 * CSRF defence for the few form POSTs (sign-in as a persona, sign-out): the cookie is SameSite=Lax,
 * and the request must come from a page of this very origin. Browsers send `Origin` on every POST;
 * `Referer` is the fallback for the rare ones that strip it.
 */
export function isSameOrigin(req: Request): boolean {
  const expected = ownOrigin(req);
  const origin = req.get('origin');
  if (origin) return origin === expected;
  const referer = req.get('referer');
  if (!referer) return false;
  try {
    return new URL(referer).origin === expected;
  } catch {
    return false;
  }
}
