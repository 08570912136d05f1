// The token scenario's clients (issue #19): REST accounts of the seeded world, each with a certificate of its own
// registered through the API, and client assertions signed ahead of the run, a fresh `jti` each, as integrators send them.
import { createHash, createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import { inPool } from './http-client.mjs';
import { seconds } from './seed.mjs';

/** An assertion's life: the token-service refuses more than 5 minutes; the run must use it before it ends. */
const ASSERTION_SECONDS = 280;

/**
 * Registers a new certificate on `count` REST accounts and waits until each obtains a token (the token-service's
 * copy of the accounts is fed by events); returns the discovery's token endpoint and the clients with their keys.
 */
export async function seedTokenClients(api, world, count, { concurrency, log }) {
  const { makeCertificate } = (await import('@chaman/testing')).default;
  const started = Date.now();
  const discovery = await api.expect(200, 'GET', '/.well-known/oauth-authorization-server');
  const clients = await inPool(world.accounts.slice(0, count), concurrency, async (account, index) => {
    const certificate = await makeCertificate({ commonName: `bench-client-${index}.example.be` });
    await api.expect(201, 'POST', `/api/v1/enterprises/${account.company.number}/rest-accounts/${account.id}/certificates`, {
      token: account.company.token,
      body: { name: `bench ${index}`, pem: certificate.pem },
    });
    return {
      clientId: account.clientId,
      key: createPrivateKey(certificate.privateKeyPem),
      kid: createHash('sha256').update(new X509Certificate(certificate.pem).raw).digest('base64url'),
    };
  });
  const tokenEndpoint = discovery.token_endpoint;
  await inPool(clients, concurrency, (client) => untilIssued(api, tokenEndpoint, client));
  log(`  ${clients.length} REST clients with a certificate, each issued a token, in ${seconds(started)}`);
  return { tokenEndpoint, clients };
}

/** `count` token requests round the clients, each with its own freshly signed assertion. */
export function tokenRequests({ tokenEndpoint, clients }, count) {
  const path = new URL(tokenEndpoint).pathname;
  return Array.from({ length: count }, (_, index) => ({
    method: 'POST',
    path,
    form: tokenForm(tokenEndpoint, clients[index % clients.length]),
  }));
}

function tokenForm(tokenEndpoint, client) {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion(tokenEndpoint, client),
  }).toString();
}

/** An ES256 client assertion (RFC 7523), signed with node:crypto: tens of thousands are made before a run. */
function assertion(tokenEndpoint, { clientId, key, kid }) {
  const now = Math.floor(Date.now() / 1000);
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${part({ alg: 'ES256', typ: 'JWT', kid })}.${part({ iss: clientId, sub: clientId, aud: tokenEndpoint, jti: randomUUID(), iat: now, exp: now + ASSERTION_SECONDS })}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

/** Asks for a token until one is issued: the certificate reaches the token-service through an event. */
async function untilIssued(api, tokenEndpoint, client) {
  const path = new URL(tokenEndpoint).pathname;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await api.call('POST', path, { form: tokenForm(tokenEndpoint, client) });
    if (response.status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`client ${client.clientId} got no token within 30 s: ${response.status} ${JSON.stringify(response.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
