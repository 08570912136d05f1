import { ProblemException } from '@chaman/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { refuseCrossOriginMutation } from './cross-origin-check';
import type { Principal } from './principal';
import { isSecureRequest, readCookie, sessionCookieName } from './session/session-cookie';
import { SessionStore } from './session/session-store';
import { TokenVerifier } from './token-verifier';
import { WebLoginSettings } from './web-login-settings';

/**
 * Who is calling: a bearer token when the request has an `Authorization` header (machine clients), else the web
 * session its cookie names (the browser), whose mutating requests must also pass the cross-origin check.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly verifier: TokenVerifier,
    @Inject(SessionStore) private readonly sessions: SessionStore | null,
    private readonly settings: WebLoginSettings,
  ) {}

  async authenticate(request: FastifyRequest): Promise<Principal> {
    if (request.headers.authorization !== undefined || !this.sessions) return this.verifier.verify(request.headers.authorization);
    const sessionId = readCookie(request, sessionCookieName(isSecureRequest(request, this.settings.publicUrl)));
    if (!sessionId) return this.verifier.verify(undefined);
    const session = await this.sessions.find(sessionId);
    if (!session) throw ProblemException.of('noAccessToken', 'The session has ended; log in again.');
    refuseCrossOriginMutation(request, this.settings.publicUrl);
    return session.principal;
  }
}
