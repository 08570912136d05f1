import { type Capability, enterpriseNumberFault, normalizeEnterpriseNumber, ProblemException, validateRequest } from '@chaman/contracts';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { EnterprisePath } from '../http/enterprise.path';
import { OPERATOR_ONLY, REQUIRED_CAPABILITY } from './requires.decorator';
import { RightsAuthority } from './rights-authority';

/**
 * Decides whether the caller may use the route's capability in the enterprise of the path: from the local
 * copy of the rights while it is known current, else from the access-service (see `RightsAuthority`).
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authority: RightsAuthority,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (this.reflector.getAllAndOverride<boolean>(OPERATOR_ONLY, targets) && !request.principal.isOperator) {
      throw ProblemException.of('missingPermission', 'Only platform operators may do this.');
    }
    const capability = this.reflector.getAllAndOverride<Capability | undefined>(REQUIRED_CAPABILITY, targets);
    if (!capability) return true;
    const cbe = enterpriseOf((request.params as Record<string, unknown>).cbe);
    const decision = await this.authority.decide({
      userId: request.principal.userId,
      isOperator: request.principal.isOperator,
      enterpriseNumber: cbe,
      capability,
    });
    if (!decision.allowed) throw new ProblemException(decision.problem);
    request.log.debug({ authorization: { reason: decision.reason, source: decision.source } }, 'authorised');
    return true;
  }
}

/** `{cbe}` checked directly (every protected request); only a wrong one goes through the contract, for its problem. */
function enterpriseOf(cbe: unknown): string {
  if (typeof cbe === 'string' && enterpriseNumberFault(cbe) === null) return normalizeEnterpriseNumber(cbe);
  return validateRequest(EnterprisePath, { cbe }, 'path').cbe;
}
