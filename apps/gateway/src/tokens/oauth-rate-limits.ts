import { OAuthErrorCode } from '@chaman/contracts';
import { decodeJwt } from 'jose';
import { SubjectRateLimit } from '../auth/subject-rate-limit';
import { DEFAULT_TOKEN_RATE_LIMITS, type GatewayConfig } from '../config/gateway-config';

/**
 * Token requests per minute per address and per client id (the unverified `iss` of the assertion: a client that
 * floods under another's id only spends that id's budget on this replica, and the address limit still holds it).
 */
export class OAuthRateLimits {
  private readonly perClient: SubjectRateLimit;
  private readonly perAddress: SubjectRateLimit;

  constructor(limits: GatewayConfig['tokenRateLimits'] = DEFAULT_TOKEN_RATE_LIMITS) {
    this.perClient = new SubjectRateLimit(limits.perClientPerMinute);
    this.perAddress = new SubjectRateLimit(limits.perAddressPerMinute);
  }

  /** Counts one request; past a limit, the §5.2-shaped refusal and the seconds to wait. */
  take(address: string, assertion: unknown): { error: OAuthErrorCode; error_description: string; retryAfterSeconds: number } | undefined {
    const byAddress = this.perAddress.take(address);
    if (byAddress)
      return { error: OAuthErrorCode.slow_down, error_description: 'too many token requests from this address; retry later', ...byAddress };
    const clientId = clientIdOf(assertion);
    const byClient = clientId ? this.perClient.take(clientId) : undefined;
    if (byClient)
      return {
        error: OAuthErrorCode.slow_down,
        error_description: 'too many token requests for this client id; reuse your access token until it expires',
        ...byClient,
      };
    return undefined;
  }
}

function clientIdOf(assertion: unknown): string | undefined {
  if (typeof assertion !== 'string') return undefined;
  try {
    const { iss } = decodeJwt(assertion);
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}
