/** A successful token answer (RFC 6749 §5.1). */
export interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope?: string;
}

/** An error answer (RFC 6749 §5.2): `error_description` says what to fix. */
export class TokenRefused extends Error {
  readonly error: string;
  readonly description: string | undefined;
  readonly status: number;

  constructor(error: string, description: string | undefined, status: number) {
    super(`${status} ${error}${description ? `: ${description}` : ''}`);
    this.error = error;
    this.description = description;
    this.status = status;
  }
}

/** The client-credentials grant (RFC 6749 §4.4) authenticated by a JWT client assertion (RFC 7523 §2.2). */
export async function requestToken(tokenEndpoint: string, assertion: string, scope?: string): Promise<TokenAnswer> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  });
  if (scope) form.set('scope', scope);
  const answer = await fetch(tokenEndpoint, { method: 'POST', body: form, signal: AbortSignal.timeout(10_000) });
  const body = (await answer.json().catch(() => ({}))) as Partial<TokenAnswer> & { error?: string; error_description?: string };
  if (!answer.ok || !body.access_token) throw new TokenRefused(body.error ?? 'unexpected_answer', body.error_description, answer.status);
  return body as TokenAnswer;
}
