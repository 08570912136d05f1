import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from './authenticated-request';
import { Authenticator } from './authenticator';
import { PUBLIC_ROUTE } from './public.decorator';
import { SubjectRateLimit } from './subject-rate-limit';

/** Every route needs a verified bearer token or a web session unless marked `@Public()`; each person has a rate limit. */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly rateLimit: SubjectRateLimit,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.principal = await this.authenticator.authenticate(request);
    const limited = this.rateLimit.take(request.principal.userId);
    if (limited) {
      void context.switchToHttp().getResponse<FastifyReply>().header('retry-after', String(limited.retryAfterSeconds));
      throw this.rateLimit.refusal();
    }
    return true;
  }
}
