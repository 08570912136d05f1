import { CLOCK, type Clock } from '@chaman/platform';
import { ProblemException } from '@chaman/contracts';
import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { gatewayOrigin, sameOriginPath } from '../web/request-origin';
import { refuseCrossOriginMutation } from './cross-origin-check';
import { OidcClient } from './oidc/oidc-client';
import { Public } from './public.decorator';
import {
  CALLBACK_PATH,
  clearCookie,
  isSecureRequest,
  LOGIN_COOKIE,
  readCookie,
  sessionCookieName,
  setCookie,
} from './session/session-cookie';
import { SessionStore } from './session/session-store';
import { WebLoginSettings } from './web-login-settings';

const PENDING_LOGIN_SECONDS = 600;
export const END_SESSION_HEADER = 'x-chaman-end-session';

/**
 * The web client's login through the gateway (backend-for-frontend): the browser never holds a token, only an
 * HttpOnly cookie naming a server-side session.
 */
@Public()
@ApiExcludeController()
@Controller('auth')
export class WebLoginController {
  constructor(
    @Inject(OidcClient) private readonly oidc: OidcClient | null,
    @Inject(SessionStore) private readonly sessions: SessionStore | null,
    private readonly settings: WebLoginSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('login')
  async login(@Req() request: FastifyRequest, @Query('returnTo') returnTo: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { oidc, sessions } = this.enabled();
    const origin = gatewayOrigin(request, this.settings.publicUrl);
    if (!origin) throw ProblemException.of('loginFailed', 'This gateway has no PUBLIC_URL: only loopback addresses can log in.');
    const redirectUri = `${origin}${CALLBACK_PATH}`;
    const start = await oidc.start(redirectUri);
    const { url, ...checks } = start;
    const loginId = await sessions.savePendingLogin({
      ...checks,
      redirectUri,
      returnTo: sameOriginPath(returnTo),
      createdAt: this.clock.now().toISOString(),
    });
    setCookie(reply, LOGIN_COOKIE, loginId, { path: CALLBACK_PATH, maxAgeSeconds: PENDING_LOGIN_SECONDS, secure: this.secure(request) });
    void reply.header('cache-control', 'no-store').redirect(url, 302);
  }

  @Get('callback')
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { oidc, sessions } = this.enabled();
    const loginId = readCookie(request, LOGIN_COOKIE);
    const pending = loginId ? await sessions.takePendingLogin(loginId) : undefined;
    if (!pending)
      throw ProblemException.of('loginFailed', 'This login has expired or was started in another browser; start again from the home page.');
    let result: Awaited<ReturnType<OidcClient['finish']>>;
    try {
      result = await oidc.finish(new URL(request.url, pending.redirectUri), pending);
    } catch (error) {
      if (error instanceof ProblemException) throw error;
      throw ProblemException.of('loginFailed', `The identity provider's answer was refused: ${(error as Error).message}`);
    }
    const sessionId = await sessions.create({
      principal: result.principal,
      idToken: result.idToken,
      createdAt: this.clock.now().toISOString(),
    });
    const secure = this.secure(request);
    clearCookie(reply, LOGIN_COOKIE, CALLBACK_PATH, secure);
    setCookie(reply, sessionCookieName(secure), sessionId, { path: '/', maxAgeSeconds: this.settings.sessionTtlSeconds, secure });
    void reply.header('cache-control', 'no-store').redirect(pending.returnTo, 302);
  }

  @Get('session')
  async session(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const sessionId = readCookie(request, sessionCookieName(this.secure(request)));
    const session = sessionId && this.sessions ? await this.sessions.find(sessionId) : undefined;
    void reply.header('cache-control', 'no-store');
    if (!session) throw ProblemException.of('noAccessToken', 'No session: log in at /auth/login.');
    const { userId, name, email, roles } = session.principal;
    // The lifetime is absolute: the client warns before this instant and offers to log in again.
    const expiresAt = new Date(Date.parse(session.createdAt) + this.settings.sessionTtlSeconds * 1000).toISOString();
    return { user: { sub: userId, name, email, roles }, expiresAt };
  }

  /** Ends the session here; the provider's end-session URL (if any) comes back in a header for the browser to visit. */
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    refuseCrossOriginMutation(request, this.settings.publicUrl);
    const sessionId = readCookie(request, sessionCookieName(this.secure(request)));
    const ended = sessionId && this.sessions ? await this.sessions.end(sessionId) : undefined;
    clearCookie(reply, sessionCookieName(this.secure(request)), '/', this.secure(request));
    const origin = gatewayOrigin(request, this.settings.publicUrl);
    if (ended && this.oidc && origin) {
      const endSession = await this.oidc.endSessionUrl(ended.idToken, `${origin}/`).catch(() => undefined);
      if (endSession) void reply.header(END_SESSION_HEADER, endSession);
    }
  }

  private enabled(): { oidc: OidcClient; sessions: SessionStore } {
    if (!this.oidc || !this.sessions)
      throw ProblemException.of('resourceNotFound', 'Web login is not configured on this gateway (OIDC_ISSUER_URL).');
    return { oidc: this.oidc, sessions: this.sessions };
  }

  private secure(request: FastifyRequest): boolean {
    return isSecureRequest(request, this.settings.publicUrl);
  }
}
