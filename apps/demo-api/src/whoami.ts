import type { RestEnvironment } from '@chaman/contracts';
import type { AccessTokenClaims } from './access-token-verifier';

/** `GET /REST/demo/v1/whoami`: what the token says, so that an integrator sees on whose behalf it calls. */
export interface WhoamiAnswer {
  /** The company's enterprise number: whose data a real API would answer with. */
  company: string;
  clientId: string;
  /** The technical intermediary's enterprise number, when its certificate got the token. */
  actingIntermediary?: string;
  scopes: string[];
  environment: RestEnvironment;
}

export function whoamiOf(claims: AccessTokenClaims, environment: RestEnvironment): WhoamiAnswer {
  return {
    company: claims.enterpriseNumber,
    clientId: claims.clientId,
    ...(claims.actingIntermediary ? { actingIntermediary: claims.actingIntermediary } : {}),
    scopes: claims.scopes,
    environment,
  };
}
