import { X509Certificate } from 'node:crypto';

/** What was read from a certificate's PEM: the facts stored and shown. */
export interface ParsedCertificate {
  /** SHA-256 of the DER encoding, as colon-separated upper-case hex pairs. */
  fingerprint: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** The certificate alone, re-armoured from its DER: what is stored. */
  pem: string;
}

export type CertificateFault =
  'notACertificate' | 'privateKey' | 'severalCertificates' | 'expired' | 'notYetValid' | 'weakKey' | 'weakSignature' | 'caCertificate';

/** Smallest RSA modulus, and the elliptic curves of at least 256 bits, a client certificate may use. */
export const MIN_RSA_BITS = 2048;
const STRONG_CURVES = ['prime256v1', 'secp384r1', 'secp521r1'];
/** SHA-1 (and older) signatures: collisions are practical, so the issuer's signature proves nothing. */
const WEAK_SIGNATURE =
  /(^|[^0-9])(sha1|sha-1|md5|md2)|^1\.2\.840\.113549\.1\.1\.(2|4|5)$|^1\.2\.840\.10045\.4\.1$|^1\.2\.840\.10040\.4\.3$|^1\.3\.14\.3\.2\.29$/i;

export type CertificateReading = { ok: true; certificate: ParsedCertificate } | { ok: false; fault: CertificateFault; detail: string };

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const BASE64_BODY = /^[A-Za-z0-9+/=\s]+$/;

function refused(fault: CertificateFault, detail: string): CertificateReading {
  return { ok: false, fault, detail };
}

/** Node writes names one attribute per line; one line reads better in JSON. */
function oneLine(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

function armoured(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * Reads a PEM that must hold exactly one X.509 certificate and nothing else, and checks it is valid at `now`.
 * A private key anywhere in it is refused outright: it must never reach us, let alone be stored.
 */
export function readCertificatePem(pem: string, now: Date): CertificateReading {
  if (/PRIVATE KEY/i.test(pem)) {
    return refused('privateKey', 'the PEM contains a private key; send the certificate only and keep the private key to yourself');
  }
  const blocks = [...pem.matchAll(BLOCK)];
  const certificates = blocks.filter((block) => block[1] === 'CERTIFICATE');
  if (certificates.length === 0) return refused('notACertificate', 'no "-----BEGIN CERTIFICATE-----" block was found');
  if (certificates.length > 1) return refused('severalCertificates', "send exactly one certificate (the account's own), not a chain");
  if (blocks.length > 1 || pem.replace(BLOCK, '').trim() !== '') {
    return refused('notACertificate', 'the PEM must hold the certificate block and nothing else');
  }
  const body = certificates[0][2];
  if (!BASE64_BODY.test(body)) return refused('notACertificate', 'the certificate block is not base64');
  const der = Buffer.from(body.replace(/\s/g, ''), 'base64');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(der);
  } catch {
    return refused('notACertificate', 'the block does not decode as an X.509 certificate');
  }
  // A parser may stop at the end of the certificate; bytes after it are not part of what we would store.
  if (!certificate.raw.equals(der)) return refused('notACertificate', 'the certificate block carries data after the certificate');
  // Re-made here: node's own Date objects come from another realm, which `instanceof Date` checks miss.
  const notBefore = new Date(certificate.validFromDate.getTime());
  const notAfter = new Date(certificate.validToDate.getTime());
  if (now.getTime() > notAfter.getTime()) return refused('expired', `the certificate expired on ${notAfter.toISOString()}`);
  if (now.getTime() < notBefore.getTime()) return refused('notYetValid', `the certificate is not valid before ${notBefore.toISOString()}`);
  const policy = policyFault(certificate);
  if (policy) return policy;
  return {
    ok: true,
    certificate: {
      fingerprint: certificate.fingerprint256.toUpperCase(),
      subject: oneLine(certificate.subject),
      issuer: oneLine(certificate.issuer),
      serialNumber: certificate.serialNumber.toUpperCase(),
      notBefore,
      notAfter,
      pem: armoured(certificate.raw),
    },
  };
}

/** The key and signature policy: RSA of 2048 bits or more, EC on P-256 or stronger, no SHA-1, not a CA. */
function policyFault(certificate: X509Certificate): CertificateReading | null {
  if (certificate.ca) return refused('caCertificate', "this is a CA certificate; register the account's own (end-entity) certificate");
  const key = certificate.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    if ((details.modulusLength ?? 0) < MIN_RSA_BITS)
      return refused('weakKey', `the RSA key has ${details.modulusLength} bits; at least ${MIN_RSA_BITS} are required`);
  } else if (key.asymmetricKeyType === 'ec') {
    if (!STRONG_CURVES.includes(details.namedCurve ?? ''))
      return refused('weakKey', `the elliptic curve ${details.namedCurve} is weaker than P-256`);
  } else if (key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'ed448') {
    return refused('weakKey', `${key.asymmetricKeyType} keys are not accepted; use RSA (2048 bits or more) or EC (P-256 or stronger)`);
  }
  const signature = `${certificate.signatureAlgorithm ?? ''}`;
  if (WEAK_SIGNATURE.test(signature) || WEAK_SIGNATURE.test(`${certificate.signatureAlgorithmOid ?? ''}`)) {
    return refused(
      'weakSignature',
      `the certificate is signed with ${signature || certificate.signatureAlgorithmOid}; SHA-1 and older signatures are refused`,
    );
  }
  return null;
}

/** The certificate's SubjectPublicKeyInfo as PEM: what its registration event carries for the token-service. */
export function publicKeyOf(pem: string): string {
  return new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
