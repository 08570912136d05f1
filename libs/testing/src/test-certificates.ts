import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const DAY_MS = 24 * 60 * 60 * 1000;
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

export interface TestCertificate {
  pem: string;
  privateKeyPem: string;
  /** As openssl prints it: colon-separated upper-case hex pairs of the DER's SHA-256. */
  fingerprint: string;
  serialNumber: string;
}

export interface CertificateOptions {
  commonName?: string;
  /** Default: yesterday. */
  notBefore?: Date;
  /** Default: `validForDays` (365) from now. */
  notAfter?: Date;
  validForDays?: number;
}

/** A real self-signed end-entity certificate (ECDSA P-256, SHA-256), as an account would register it. */
export async function makeCertificate(options: CertificateOptions = {}): Promise<TestCertificate> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const serialNumber = `01${randomBytes(8).toString('hex')}`.toUpperCase();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name: `CN=${options.commonName ?? 'test.example.be'}, O=Chaman Tests, C=BE`,
    notBefore: options.notBefore ?? new Date(Date.now() - DAY_MS),
    notAfter: options.notAfter ?? new Date(Date.now() + (options.validForDays ?? 365) * DAY_MS),
    signingAlgorithm: ALGORITHM,
    keys: keys,
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const thumbprint = Buffer.from(await certificate.getThumbprint('SHA-256'));
  return {
    pem: certificate.toString('pem'),
    privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8
      .toString('base64')
      .match(/.{1,64}/g)!
      .join('\n')}\n-----END PRIVATE KEY-----\n`,
    fingerprint: thumbprint.toString('hex').toUpperCase().match(/../g)!.join(':'),
    serialNumber,
  };
}

export const expiredCertificate = () =>
  makeCertificate({ notBefore: new Date(Date.now() - 400 * DAY_MS), notAfter: new Date(Date.now() - DAY_MS) });
export const futureCertificate = () =>
  makeCertificate({ notBefore: new Date(Date.now() + DAY_MS), notAfter: new Date(Date.now() + 400 * DAY_MS) });
