import { createHash, createPublicKey, type JsonWebKey } from 'node:crypto';

/** An OpenSSH public key that was parsed and loaded as a real key. */
export interface SshPublicKey {
  algorithm: string;
  /** `<algorithm> <base64>` plus the comment when there is one: what is stored and shown. */
  normalized: string;
  /** OpenSSH's `SHA256:<base64>` fingerprint of the key blob. */
  fingerprint: string;
}

export type SshKeyReading = { ok: true; key: SshPublicKey } | { ok: false; reason: string };

const MIN_RSA_BITS = 2048;
const EC_CURVES: Record<string, { jwkCurve: string; pointLength: number }> = {
  nistp256: { jwkCurve: 'P-256', pointLength: 65 },
  nistp384: { jwkCurve: 'P-384', pointLength: 97 },
  nistp521: { jwkCurve: 'P-521', pointLength: 133 },
};
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const COMMENT = /^[\x20-\x7e]{0,255}$/;

/** A rule the key breaks, worded for the person who sent it. */
class KeyFault extends Error {}

/** Reads the SSH wire format (RFC 4251 §5): length-prefixed strings, all of the blob and nothing more. */
class WireReader {
  private offset = 0;

  constructor(private readonly blob: Buffer) {}

  string(): Buffer {
    if (this.offset + 4 > this.blob.length) throw new KeyFault('the key data is truncated');
    const length = this.blob.readUInt32BE(this.offset);
    const start = this.offset + 4;
    if (start + length > this.blob.length) throw new KeyFault('the key data is truncated');
    this.offset = start + length;
    return this.blob.subarray(start, start + length);
  }

  /** An unsigned mpint without its sign byte. */
  positiveInteger(): Buffer {
    const value = this.string();
    if (value.length === 0 || (value[0] & 0x80) !== 0) throw new KeyFault('the key holds a negative or empty integer');
    return value[0] === 0 ? value.subarray(1) : value;
  }

  end(): void {
    if (this.offset !== this.blob.length) throw new KeyFault('the key data has trailing bytes');
  }
}

function jwkOf(algorithm: string, reader: WireReader): JsonWebKey {
  if (algorithm === 'ssh-ed25519') {
    const key = reader.string();
    if (key.length !== 32) throw new KeyFault('an Ed25519 key must be 32 bytes');
    return { kty: 'OKP', crv: 'Ed25519', x: key.toString('base64url') };
  }
  if (algorithm === 'ssh-rsa') {
    const e = reader.positiveInteger();
    const n = reader.positiveInteger();
    return { kty: 'RSA', e: e.toString('base64url'), n: n.toString('base64url') };
  }
  const curveName = algorithm.slice('ecdsa-sha2-'.length);
  const curve = EC_CURVES[curveName];
  if (reader.string().toString('latin1') !== curveName) throw new KeyFault('the curve inside the key does not match its algorithm');
  const point = reader.string();
  if (point.length !== curve.pointLength || point[0] !== 0x04)
    throw new KeyFault(`the ${curveName} point must be uncompressed (${curve.pointLength} bytes)`);
  const half = (point.length - 1) / 2;
  return {
    kty: 'EC',
    crv: curve.jwkCurve,
    x: point.subarray(1, 1 + half).toString('base64url'),
    y: point.subarray(1 + half).toString('base64url'),
  };
}

function isSupported(algorithm: string): boolean {
  return (
    algorithm === 'ssh-ed25519' || algorithm === 'ssh-rsa' || (algorithm.startsWith('ecdsa-sha2-') && algorithm.slice(11) in EC_CURVES)
  );
}

/**
 * Validates one OpenSSH public key line (`ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp* <base64> [comment]`): the
 * blob must decode, name the same algorithm, hold exactly its fields, and load as a real key (an EC point on
 * its curve, an RSA modulus of at least 2048 bits).
 */
export function readSshPublicKey(input: string): SshKeyReading {
  const text = input.trim();
  if (/PRIVATE KEY/.test(text)) return { ok: false, reason: 'this is a private key; send the public key (the .pub file) only' };
  if (/[\r\n]/.test(text)) return { ok: false, reason: 'must be a single key on one line' };
  const [algorithm, data, ...rest] = text.split(/[ \t]+/);
  const comment = rest.join(' ');
  if (!isSupported(algorithm)) {
    return {
      ok: false,
      reason: `must start with a supported key type (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521), not "${algorithm.slice(0, 40)}"`,
    };
  }
  if (!data || !BASE64.test(data) || data.length % 4 !== 0) return { ok: false, reason: 'the key data must be base64' };
  if (!COMMENT.test(comment)) return { ok: false, reason: 'the comment must be printable ASCII, at most 255 characters' };
  const blob = Buffer.from(data, 'base64');
  try {
    const reader = new WireReader(blob);
    if (reader.string().toString('latin1') !== algorithm) throw new KeyFault('the key data is not a key of the announced type');
    const jwk = jwkOf(algorithm, reader);
    reader.end();
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if (algorithm === 'ssh-rsa' && (bits ?? 0) < MIN_RSA_BITS) throw new KeyFault(`an RSA key must have at least ${MIN_RSA_BITS} bits`);
  } catch (error) {
    // Anything but our own faults comes from loading the key: the numbers do not make a real key.
    return { ok: false, reason: error instanceof KeyFault ? error.message : 'the key data is not a valid public key' };
  }
  const fingerprint = `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
  return { ok: true, key: { algorithm, normalized: comment ? `${algorithm} ${data} ${comment}` : `${algorithm} ${data}`, fingerprint } };
}
