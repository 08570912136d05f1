import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expiredCertificate, futureCertificate, makeCertificate } from '@chaman/testing';
import { type CertificateFault, readCertificatePem } from './certificate-pem';

function faultOf(pem: string, now = new Date()): CertificateFault {
  const reading = readCertificatePem(pem, now);
  if (reading.ok) throw new Error('accepted');
  return reading.fault;
}

describe('certificate PEM rules', () => {
  it('reads a real certificate: fingerprint, subject, issuer, serial and validity', async () => {
    const made = await makeCertificate({ commonName: 'api.example.be' });
    const reading = readCertificatePem(made.pem, new Date());
    expect(reading).toEqual({
      ok: true,
      certificate: {
        fingerprint: made.fingerprint,
        subject: 'CN=api.example.be, O=Chaman Tests, C=BE',
        issuer: 'CN=api.example.be, O=Chaman Tests, C=BE',
        serialNumber: made.serialNumber,
        notBefore: expect.any(Date),
        notAfter: expect.any(Date),
        pem: expect.stringMatching(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----\n$/),
      },
    });
    expect(made.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('agrees with openssl on an RSA certificate it made (fingerprint and serial)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaman-cert-'));
    try {
      const certPath = join(dir, 'cert.pem');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          certPath,
          '-days',
          '2',
          '-subj',
          '/C=BE/O=Chaman/CN=openssl.example.be',
          '-addext',
          'basicConstraints=critical,CA:FALSE',
        ],
        { stdio: 'ignore' },
      );
      const expected = execFileSync('openssl', ['x509', '-in', certPath, '-noout', '-fingerprint', '-sha256', '-serial'], {
        encoding: 'utf8',
      });
      const reading = readCertificatePem(`\n${readFileSync(certPath, 'utf8')}\n\n`, new Date());
      if (!reading.ok) throw new Error(reading.detail);
      expect(expected).toContain(`Fingerprint=${reading.certificate.fingerprint}`);
      expect(expected).toContain(`serial=${reading.certificate.serialNumber}`);
      expect(reading.certificate.subject).toBe('C=BE, O=Chaman, CN=openssl.example.be');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a certificate', async () => {
    const made = await makeCertificate();
    expect(faultOf('hello')).toBe('notACertificate');
    expect(faultOf('-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----')).toBe('notACertificate');
    expect(faultOf('-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----')).toBe('notACertificate');
    expect(faultOf(`${made.pem}\nsome trailing words`)).toBe('notACertificate');
    expect(faultOf(made.pem.replace('CERTIFICATE-----', 'PUBLIC KEY-----').replace('END CERTIFICATE', 'END PUBLIC KEY'))).toBe(
      'notACertificate',
    );
  });

  it('refuses a certificate with data hidden after it inside the block', async () => {
    const made = await makeCertificate();
    const der = Buffer.from(made.pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const padded = Buffer.concat([der, Buffer.from('extra')]).toString('base64');
    expect(faultOf(`-----BEGIN CERTIFICATE-----\n${padded}\n-----END CERTIFICATE-----\n`)).toBe('notACertificate');
  });

  it('refuses a private key anywhere in the PEM, before or after the certificate', async () => {
    const made = await makeCertificate();
    expect(faultOf(`${made.pem}${made.privateKeyPem}`)).toBe('privateKey');
    expect(faultOf(`${made.privateKeyPem}${made.pem}`)).toBe('privateKey');
    expect(faultOf(made.privateKeyPem.replace(/PRIVATE KEY/g, 'RSA PRIVATE KEY'))).toBe('privateKey');
  });

  it('refuses a chain of several certificates', async () => {
    const [one, two] = await Promise.all([makeCertificate(), makeCertificate()]);
    expect(faultOf(`${one.pem}${two.pem}`)).toBe('severalCertificates');
  });

  it('refuses an expired certificate and one not valid yet, judged at the given instant', async () => {
    expect(faultOf((await expiredCertificate()).pem)).toBe('expired');
    expect(faultOf((await futureCertificate()).pem)).toBe('notYetValid');
    const current = await makeCertificate();
    expect(faultOf(current.pem, new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000))).toBe('expired');
  });

  it('refuses weak keys, SHA-1 signatures and CA certificates (openssl makes them)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaman-cert-'));
    const made = (name: string, ...args: string[]) => {
      const out = join(dir, `${name}.pem`);
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-nodes',
          '-keyout',
          join(dir, `${name}.key`),
          '-out',
          out,
          '-days',
          '2',
          '-subj',
          `/CN=${name}.example.be`,
          ...args,
        ],
        { stdio: 'ignore' },
      );
      return readFileSync(out, 'utf8');
    };
    const endEntity = ['-addext', 'basicConstraints=critical,CA:FALSE'];
    try {
      expect(faultOf(made('rsa1024', '-newkey', 'rsa:1024', ...endEntity))).toBe('weakKey');
      expect(faultOf(made('p192', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime192v1', ...endEntity))).toBe('weakKey');
      expect(faultOf(made('sha1', '-newkey', 'rsa:2048', '-sha1', ...endEntity))).toBe('weakSignature');
      expect(faultOf(made('ca', '-newkey', 'rsa:2048', '-addext', 'basicConstraints=critical,CA:TRUE'))).toBe('caCertificate');
      expect(
        readCertificatePem(made('p384', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp384r1', ...endEntity), new Date()).ok,
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
