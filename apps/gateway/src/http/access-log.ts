import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * The access log, written by Fastify's own request logging through the gateway's pino logger: one line per request
 * when it is answered, with the method, the route, the status, the time and the BelGov trace id (`requestId`, as on
 * every other line of the request). No header, body or query string: credentials and the OIDC callback's code stay out.
 */
export class AccessLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? null,
      path: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
