import { ProblemException } from '@chaman/contracts';
import type { FastifyRequest } from 'fastify';
import { gatewayOrigin } from '../web/request-origin';

/** The header every request of the web client carries; a cross-site form or image cannot set it. */
export const WEB_CLIENT_HEADER = 'x-chaman-client';
export const WEB_CLIENT_VALUE = 'web';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for requests authenticated by the session cookie: a mutating request must carry the web client's
 * header (which forces a CORS preflight on any other site) and, when the browser names its Origin, this gateway's.
 */
export function refuseCrossOriginMutation(request: FastifyRequest, publicUrl: string | undefined): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers[WEB_CLIENT_HEADER] !== WEB_CLIENT_VALUE) {
    throw ProblemException.of(
      'crossOriginRequestRefused',
      `A request authenticated by the session cookie must carry the header "X-Chaman-Client: web".`,
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== gatewayOrigin(request, publicUrl)) {
    throw ProblemException.of(
      'crossOriginRequestRefused',
      `Requests from ${JSON.stringify(origin)} may not use this gateway's session cookie.`,
    );
  }
}
