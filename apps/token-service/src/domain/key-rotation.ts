/** A signing key as the rotation sees it: when it starts signing. */
export interface KeySchedule {
  kid: string;
  signsFrom: Date;
}

export interface RotationPolicy {
  /** How long one key signs before the next one takes over. */
  rotationMs: number;
  /** How long before it signs a key is published in the JWKS (longer than resource servers cache the JWKS). */
  publishLeadMs: number;
  /** How long a retired key stays published: the longest a token it signed can live, plus skew. */
  retainMs: number;
}

/** The key that signs at `now`: the latest one whose time has come. */
export function signingKeyAt<Key extends KeySchedule>(keys: readonly Key[], now: Date): Key | undefined {
  return [...keys]
    .filter((key) => key.signsFrom.getTime() <= now.getTime())
    .sort((a, b) => b.signsFrom.getTime() - a.signsFrom.getTime())[0];
}

/**
 * When the next key must start signing, if one must be made now: the first key signs at once (nothing was
 * published before it); a successor is made `publishLeadMs` before the current key's rotation time, so that it is
 * in every JWKS copy before it signs.
 */
export function nextKeyDue(keys: readonly KeySchedule[], now: Date, policy: RotationPolicy): Date | undefined {
  const current = signingKeyAt(keys, now);
  if (!current) return keys.length === 0 ? now : undefined;
  if (keys.some((key) => key.signsFrom.getTime() > now.getTime())) return undefined;
  const rotationAt = current.signsFrom.getTime() + policy.rotationMs;
  if (rotationAt - policy.publishLeadMs > now.getTime()) return undefined;
  return new Date(Math.max(rotationAt, now.getTime() + policy.publishLeadMs));
}

/** The keys the JWKS publishes: the next ones, the signing one, and older ones while tokens they signed can live. */
export function publishedKeys<Key extends KeySchedule>(keys: readonly Key[], now: Date, policy: RotationPolicy): Key[] {
  const sorted = [...keys].sort((a, b) => a.signsFrom.getTime() - b.signsFrom.getTime());
  return sorted.filter((key, index) => {
    const successor = sorted[index + 1];
    // A key stops signing when its successor starts; its tokens live `retainMs` longer.
    return !successor || successor.signsFrom.getTime() + policy.retainMs > now.getTime();
  });
}
