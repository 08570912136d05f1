import { generateKeyPairSync } from 'node:crypto';
import { readSshPublicKey } from './ssh-public-key';

// Made with `ssh-keygen -t ed25519 -C ops@example.be`; `ssh-keygen -lf` printed the fingerprint below.
const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN4LAtvhsPdW9bb+JwJOxzpTTC1SN5yK0AuVyZEYR0C8 ops@example.be';
const ED25519_FINGERPRINT = 'SHA256:oM7r8+iPOg6Ol/oX1rHjR1SJOKNs3Tkb6G7jgk3VNlc';

/** Encodes SSH wire strings (uint32 length + bytes), independently of the code under test. */
function wire(...parts: Buffer[]): Buffer {
  return Buffer.concat(parts.flatMap((part) => [Buffer.from([0, 0, 0, 0].map((_, i) => (part.length >>> (8 * (3 - i))) & 0xff)), part]));
}

function mpint(base64url: string): Buffer {
  const bytes = Buffer.from(base64url, 'base64url');
  return bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}

function rsaLine(bits: number): string {
  const jwk = generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ format: 'jwk' });
  return `ssh-rsa ${wire(Buffer.from('ssh-rsa'), mpint(jwk.e!), mpint(jwk.n!)).toString('base64')} rsa@test`;
}

function ecdsaPoint(curve: 'P-256' | 'P-384'): Buffer {
  const jwk = generateKeyPairSync('ec', { namedCurve: curve }).publicKey.export({ format: 'jwk' });
  return Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
}

function ecdsaLine(name: 'nistp256' | 'nistp384', point: Buffer): string {
  return `ecdsa-sha2-${name} ${wire(Buffer.from(`ecdsa-sha2-${name}`), Buffer.from(name), point).toString('base64')}`;
}

function reasonOf(input: string): string {
  const reading = readSshPublicKey(input);
  if (reading.ok) throw new Error(`accepted ${input}`);
  return reading.reason;
}

describe('SSH public keys', () => {
  it('accepts an ssh-keygen Ed25519 key with its comment, and computes the OpenSSH fingerprint', () => {
    const reading = readSshPublicKey(`  ${ED25519}\n`);
    expect(reading).toEqual({ ok: true, key: { algorithm: 'ssh-ed25519', normalized: ED25519, fingerprint: ED25519_FINGERPRINT } });
  });

  it('accepts RSA keys of 2048 bits and ECDSA keys on P-256 and P-384', () => {
    expect(readSshPublicKey(rsaLine(2048))).toMatchObject({ ok: true, key: { algorithm: 'ssh-rsa' } });
    expect(readSshPublicKey(ecdsaLine('nistp256', ecdsaPoint('P-256')))).toMatchObject({
      ok: true,
      key: { algorithm: 'ecdsa-sha2-nistp256' },
    });
    expect(readSshPublicKey(ecdsaLine('nistp384', ecdsaPoint('P-384')))).toMatchObject({
      ok: true,
      key: { algorithm: 'ecdsa-sha2-nistp384' },
    });
  });

  it('refuses a weak RSA key', () => {
    expect(reasonOf(rsaLine(1024))).toMatch(/at least 2048 bits/);
  });

  it('refuses an EC point that is not on its curve, or of the wrong curve', () => {
    const point = ecdsaPoint('P-256');
    point[point.length - 1] ^= 0x01;
    expect(reasonOf(ecdsaLine('nistp256', point))).toMatch(/not a valid public key/);
    expect(reasonOf(ecdsaLine('nistp256', ecdsaPoint('P-384')))).toMatch(/point must be uncompressed/);
  });

  it('refuses unsupported types, private keys, several lines and garbage', () => {
    expect(reasonOf('ssh-dss AAAAB3NzaC1kc3MAAACBAP')).toMatch(/supported key type/);
    expect(reasonOf('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----')).toMatch(
      /private key/,
    );
    expect(reasonOf(`${ED25519}\n${ED25519}`)).toMatch(/one line/);
    expect(reasonOf('ssh-ed25519 not*base64')).toMatch(/base64/);
    expect(reasonOf('ssh-ed25519')).toMatch(/base64/);
    expect(reasonOf('hello world')).toMatch(/supported key type/);
  });

  it('refuses a blob that names another type, is truncated, has trailing bytes or a key of the wrong size', () => {
    const ed25519Blob = Buffer.from(ED25519.split(' ')[1], 'base64');
    expect(reasonOf(`ssh-rsa ${ed25519Blob.toString('base64')}`)).toMatch(/not a key of the announced type/);
    expect(reasonOf(`ssh-ed25519 ${ed25519Blob.subarray(0, 40).toString('base64')}`)).toMatch(/truncated/);
    expect(reasonOf(`ssh-ed25519 ${Buffer.concat([ed25519Blob, Buffer.from([0])]).toString('base64')}`)).toMatch(/trailing bytes/);
    const shortKey = wire(Buffer.from('ssh-ed25519'), Buffer.alloc(31, 7)).toString('base64');
    expect(reasonOf(`ssh-ed25519 ${shortKey}`)).toMatch(/32 bytes/);
  });
});
