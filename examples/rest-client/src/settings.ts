import { readFileSync } from 'node:fs';

/** What a REST client needs: all from the environment, files by path. */
export interface Settings {
  /** Chaman's issuer (the portal's origin): its discovery document names the token endpoint. */
  issuer: string;
  /** The REST account's client id, as the account page shows it: the company's, also in the delegated case. */
  clientId: string;
  /** PEM (PKCS #8, or PKCS #1 / SEC 1) private key of the certificate that signs the client assertion. */
  privateKeyPem: string;
  /** PEM of that certificate, as registered in Chaman: its SHA-256 thumbprint is the assertion's `kid`. */
  certificatePem: string;
  /** Space-separated scopes to ask for; absent means all the client may have. */
  scope?: string;
  /** The API to call with the token. */
  apiUrl: string;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv): Settings {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required (see README.md)`);
    return value;
  };
  return {
    issuer: (env.CHAMAN_ISSUER ?? 'http://localhost:3000').replace(/\/$/, ''),
    clientId: required('CLIENT_ID'),
    privateKeyPem: readFileSync(required('PRIVATE_KEY_FILE'), 'utf8'),
    certificatePem: readFileSync(required('CERTIFICATE_FILE'), 'utf8'),
    scope: env.SCOPE ?? 'scope:demo:consult',
    apiUrl: env.API_URL ?? 'http://localhost:3950/REST/demo/v1/whoami',
  };
}
