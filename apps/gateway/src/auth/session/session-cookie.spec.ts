import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie, sessionCookieName, setCookie } from './session-cookie';

/** The headers a reply collects (the part of Fastify's reply these functions use). */
function replyCollecting(): FastifyReply & { headers: Record<string, unknown> } {
  const headers: Record<string, unknown> = {};
  return {
    headers,
    getHeader: (name: string) => headers[name],
    header: (name: string, value: unknown) => ((headers[name] = value), undefined),
  } as unknown as FastifyReply & { headers: Record<string, unknown> };
}

describe('the session cookie', () => {
  it('is __Host- prefixed behind HTTPS (Secure, Path=/, no Domain), and read under that name only', () => {
    const reply = replyCollecting();
    setCookie(reply, sessionCookieName(true), 'abc', { path: '/', maxAgeSeconds: 60, secure: true });
    expect(reply.headers['set-cookie']).toEqual(['__Host-chaman_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure']);
    const planted = { headers: { cookie: 'chaman_session=planted; __Host-chaman_session=abc' } } as FastifyRequest;
    expect(readCookie(planted, sessionCookieName(true))).toBe('abc');
    expect(sessionCookieName(false)).toBe('chaman_session');
  });
});
