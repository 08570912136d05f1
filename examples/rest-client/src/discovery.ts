/** The part of the authorisation server's metadata (RFC 8414) a client needs. */
export interface ServerMetadata {
  issuer: string;
  token_endpoint: string;
  token_endpoint_auth_signing_alg_values_supported?: string[];
}

/** Reads `<issuer>/.well-known/oauth-authorization-server` and checks it speaks for that issuer (RFC 8414 §3.3). */
export async function discover(issuer: string): Promise<ServerMetadata> {
  const answer = await fetch(`${issuer}/.well-known/oauth-authorization-server`, { signal: AbortSignal.timeout(10_000) });
  if (!answer.ok) throw new Error(`discovery at ${issuer} answered ${answer.status}`);
  const metadata = (await answer.json()) as ServerMetadata;
  if (metadata.issuer !== issuer) throw new Error(`discovery names issuer ${metadata.issuer}, not ${issuer}`);
  if (typeof metadata.token_endpoint !== 'string') throw new Error('discovery names no token_endpoint');
  return metadata;
}
