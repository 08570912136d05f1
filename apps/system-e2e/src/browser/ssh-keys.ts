import { generateKeyPairSync } from 'node:crypto';

/** A fresh Ed25519 public key in OpenSSH's one-line format (`ssh-ed25519 <base64> comment`), as a `.pub` file holds. */
export function makeSshPublicKey(comment = 'chaman-e2e'): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const field = (bytes: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, bytes.length]), bytes]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} ${comment}\n`;
}
