import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'chaman_session';
/** Behind HTTPS the session cookie is `__Host-` prefixed: Secure, Path=/, no Domain, so no sibling host can plant one. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}
export const LOGIN_COOKIE = 'chaman_login';
export const CALLBACK_PATH = '/auth/callback';

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) {
      const value = pair.slice(at + 1).trim();
      return /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

interface CookieOptions {
  path: string;
  maxAgeSeconds: number;
  /** Behind HTTPS (the public URL or the connection says so). */
  secure: boolean;
}

/** HttpOnly (no script reads it) and SameSite=Lax (not sent on cross-site subrequests, sent on a top-level return). */
export function setCookie(reply: FastifyReply, name: string, value: string, options: CookieOptions): void {
  const attributes = [`${name}=${value}`, `Path=${options.path}`, `Max-Age=${options.maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) attributes.push('Secure');
  const previous = reply.getHeader('set-cookie');
  const cookies = previous === undefined ? [] : Array.isArray(previous) ? previous : [String(previous)];
  void reply.header('set-cookie', [...cookies, attributes.join('; ')]);
}

export function clearCookie(reply: FastifyReply, name: string, path: string, secure: boolean): void {
  setCookie(reply, name, '', { path, maxAgeSeconds: 0, secure });
}

export function isSecureRequest(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return publicUrl ? publicUrl.startsWith('https:') : request.protocol === 'https';
}
