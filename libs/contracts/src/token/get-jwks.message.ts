import { defineMessage } from '../bus/message';

export class GetJwksQuery {}

/** One public signing key (RFC 7517): an EC P-256 key for ES256. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

/** The keys a resource server verifies access tokens with: the signing key, the next one, and retired ones still covering live tokens. */
export interface JwksReply {
  keys: PublicJwk[];
}

export const GetJwks = defineMessage<GetJwksQuery, JwksReply>('token.v1.keys.list', GetJwksQuery);
