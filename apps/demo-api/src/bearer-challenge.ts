/** The realm every challenge of this API names. */
export const REALM = 'Chaman Demo API';

export type BearerError = 'invalid_token' | 'insufficient_scope';

/**
 * An RFC 6750 §3 `WWW-Authenticate` value. Without `error` (no token at all) it only names the realm and scope, as
 * §3.1 asks; `error_description` loses the characters a quoted string may not hold.
 */
export function bearerChallenge(scope: string, error?: BearerError, description?: string): string {
  const parts = [`realm="${REALM}"`, `scope="${scope}"`];
  if (error) parts.push(`error="${error}"`);
  if (error && description) parts.push(`error_description="${description.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '')}"`);
  return `Bearer ${parts.join(', ')}`;
}
