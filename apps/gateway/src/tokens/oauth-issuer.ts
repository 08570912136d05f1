import type { FastifyRequest } from 'fastify';
import { gatewayOrigin } from '../web/request-origin';

/** The OAuth issuer: the gateway's public origin (`PUBLIC_URL`), or in development a loopback request's own origin. */
export class OAuthIssuer {
  constructor(private readonly publicUrl: string | undefined) {}

  of(request: FastifyRequest): string | undefined {
    return gatewayOrigin(request, this.publicUrl);
  }
}
