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

export type CertificateFault = 'notACertificate' | 'privateKey' | 'severalCertificates' | 'expired' | 'notYetValid';

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
  if (certificates.length > 1) return refused('severalCertificates', 'send exactly one certificate (the account\'s own), not a chain');
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
