import { assertionKey, clientAssertion } from './client-assertion.ts';
import { discover } from './discovery.ts';
import { settingsFromEnv } from './settings.ts';
import { requestToken, TokenRefused } from './token-request.ts';

// Discovery → client assertion → token → the API, printing one JSON line per step's outcome.
try {
  const settings = settingsFromEnv(process.env);
  const { token_endpoint: tokenEndpoint } = await discover(settings.issuer);
  const signer = assertionKey(settings.privateKeyPem, settings.certificatePem);
  const token = await requestToken(tokenEndpoint, await clientAssertion(settings.clientId, tokenEndpoint, signer), settings.scope);
  console.log(JSON.stringify({ token: { scope: token.scope, expiresIn: token.expires_in, kid: signer.kid } }));
  // A real client keeps the token until shortly before `expires_in` and asks for a new one then.
  const answer = await fetch(settings.apiUrl, {
    headers: { authorization: `Bearer ${token.access_token}` },
    signal: AbortSignal.timeout(10_000),
  });
  const body = await answer.json().catch(() => null);
  if (!answer.ok)
    throw new Error(
      `${settings.apiUrl} answered ${answer.status} (${answer.headers.get('www-authenticate') ?? ''}): ${JSON.stringify(body)}`,
    );
  console.log(JSON.stringify({ api: body }));
} catch (error) {
  // What the token endpoint said, for a refusal; the message otherwise.
  const refused =
    error instanceof TokenRefused
      ? { error: error.error, description: error.description, status: error.status }
      : { error: (error as Error).message };
  console.error(JSON.stringify(refused));
  process.exitCode = 1;
}
