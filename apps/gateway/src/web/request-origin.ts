import type { FastifyRequest } from 'fastify';

const LOOPBACK_HOST = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d{1,5})?$/i;

export function isLoopbackHost(host: string | undefined): host is string {
  return typeof host === 'string' && LOOPBACK_HOST.test(host);
}

/**
 * The origin the browser used to reach the gateway: the configured public URL's origin, or — in development,
 * without one — the request's own loopback host, so `localhost` and `127.0.0.1` on any port both work.
 * Undefined for a non-loopback host without a public URL: such a deployment must say where it lives.
 */
export function gatewayOrigin(request: FastifyRequest, publicUrl: string | undefined): string | undefined {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = request.headers.host;
  return isLoopbackHost(host) ? `${request.protocol}://${host}` : undefined;
}

/** The longest `returnTo` kept (a route of the web client with its query); longer ones send the browser home. */
export const MAX_RETURN_TO_LENGTH = 512;

/** A path on this origin only (`/x`, not `//evil.example` nor `/\evil.example`), else `/`. */
export function sameOriginPath(candidate: unknown): string {
  if (typeof candidate !== 'string' || candidate.length > MAX_RETURN_TO_LENGTH) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
  if (!/^\/(?![/\\])/.test(candidate) || /[\u0000-\u001f\\]/.test(candidate)) return '/';
  return candidate;
}

/** A peer address on this machine (IPv4 loopback, IPv6 loopback, or IPv4 loopback mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  return typeof address === 'string' && (/^127\./.test(address) || address === '::1' || /^::ffff:127\./i.test(address));
}
