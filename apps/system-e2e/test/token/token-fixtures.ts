import { JWT_BEARER_ASSERTION_TYPE, OAUTH_PATHS, Quality } from '@chaman/contracts';
import type { TestCertificate } from '@chaman/testing';
import { createPrivateKey, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { ApiResponse, RunningSystem } from '../../src';
import { pollUntil } from '../../src/processes/poll-until';
import { expectStatus, senderNumberOf } from '../delegation/delegation-fixtures';
import type { RegisteredEnterprise } from '../sender/sender-fixtures';

/** base64url SHA-256 of the certificate's DER: the assertion's `kid`. */
export const thumbprintOf = (certificate: TestCertificate) =>
  Buffer.from(certificate.fingerprint.replace(/:/g, ''), 'hex').toString('base64url');

export interface AssertionOptions {
  aud?: string;
  expiresIn?: number;
  jti?: string;
  header?: Record<string, unknown>;
}

/** A client assertion (RFC 7523) signed with the certificate's private key, as an integrator's program makes it. */
export async function assertionFor(
  system: RunningSystem,
  certificate: TestCertificate,
  clientId: string,
  options: AssertionOptions = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: thumbprintOf(certificate), ...options.header })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(options.aud ?? `${system.api.baseUrl}${OAUTH_PATHS.token}`)
    .setJti(options.jti ?? randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 60))
    .sign(createPrivateKey(certificate.privateKeyPem));
}

/** `POST /oauth/token`, form-encoded. */
export function postForm(
  system: RunningSystem,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  return system.api.request('POST', path, {
    rawBody: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

export async function requestToken(
  system: RunningSystem,
  certificate: TestCertificate,
  clientId: string,
  scope?: string,
  options: AssertionOptions = {},
): Promise<ApiResponse> {
  return postForm(system, OAUTH_PATHS.token, {
    grant_type: 'client_credentials',
    client_assertion_type: JWT_BEARER_ASSERTION_TYPE,
    client_assertion: await assertionFor(system, certificate, clientId, options),
    ...(scope ? { scope } : {}),
  });
}

/** Waits until the token-service's projection lets the certificate get a token (events are applied asynchronously). */
export function tokenOnceProjected(
  system: RunningSystem,
  certificate: TestCertificate,
  clientId: string,
  scope?: string,
): Promise<ApiResponse> {
  return pollUntil(
    async () => {
      const response = await requestToken(system, certificate, clientId, scope);
      return response.status === 200 ? response : undefined;
    },
    { what: `a token for ${clientId}`, timeoutMs: 20_000, intervalMs: 50 },
  );
}

export interface CreatedAccount {
  id: string;
  clientId: string;
}

/** A REST account of `party` as `quality` (its sender made on first use). */
export async function restAccount(
  system: RunningSystem,
  party: RegisteredEnterprise,
  quality: Quality,
  environment: 'ACCEPTANCE' | 'PRODUCTION',
  scopes: string[],
): Promise<CreatedAccount> {
  const account = await system.api.as(
    party.chief,
    'POST',
    `/api/v1/enterprises/${party.cbe}/senders/${await senderNumberOf(system, party, quality)}/rest-accounts`,
    {
      body: { name: `${quality} ${environment}`, environment, scopes },
    },
  );
  expectStatus(account, 201);
  return { id: account.body.id, clientId: account.body.clientId };
}

/** Registers the certificate on the account, owned by `owner`; answers its id. */
export async function registerCertificate(
  system: RunningSystem,
  owner: RegisteredEnterprise,
  accountId: string,
  certificate: TestCertificate,
): Promise<string> {
  const response = await system.api.as(owner.chief, 'POST', `/api/v1/enterprises/${owner.cbe}/rest-accounts/${accountId}/certificates`, {
    body: { name: `cert ${certificate.serialNumber}`, pem: certificate.pem },
  });
  expectStatus(response, 201);
  return response.body.id;
}
