import type { JwksReply, PublicJwk } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { nextKeyDue, publishedKeys, signingKeyAt } from '../domain/key-rotation';
import { deleteSigningKeys, loadSigningKeys, lockSigningKeys, saveSigningKey, type StoredSigningKey } from '../persistence/signing-keys';
import { TOKEN_SETTINGS, type TokenSettings } from '../token-settings';

/**
 * Chaman's signing keys, read from this service's database into memory and refreshed on a timer; the replica that
 * finds the next key due makes it (under a lock), `publishLeadMs` before it signs, so that every JWKS copy holds it first.
 */
@Injectable()
export class KeyRing implements OnApplicationBootstrap, OnModuleDestroy {
  private keys: StoredSigningKey[] = [];
  private readonly imported = new Map<string, KeyObject>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.settings.keyRefreshMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Makes the next key when due, drops keys no token can need any more, and reloads the rest. */
  async refresh(): Promise<void> {
    const now = this.settings.now();
    this.keys = await (this.orm.em.fork() as EntityManager).transactional(async (em: EntityManager) => {
      await lockSigningKeys(em);
      const keys = await loadSigningKeys(em);
      const due = nextKeyDue(keys, now, this.settings.rotation);
      if (due) {
        const made = await makeKey(due);
        await saveSigningKey(em, made, now);
        keys.push(made);
      }
      const kept = publishedKeys(keys, now, this.settings.rotation);
      await deleteSigningKeys(
        em,
        keys.filter((key) => !kept.includes(key)).map((key) => key.kid),
      );
      return kept;
    });
  }

  /** The key to sign with now, imported once. */
  signer(now: Date): { kid: string; key: KeyObject } {
    const key = signingKeyAt(this.keys, now);
    if (!key) throw new Error('no signing key is due yet');
    let imported = this.imported.get(key.kid);
    if (!imported) {
      imported = createPrivateKey({ key: key.privateJwk as JsonWebKey, format: 'jwk' });
      this.imported.set(key.kid, imported);
    }
    return { kid: key.kid, key: imported };
  }

  jwks(now: Date): JwksReply {
    return { keys: publishedKeys(this.keys, now, this.settings.rotation).map((key) => key.publicJwk) };
  }
}

async function makeKey(signsFrom: Date): Promise<StoredSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const publicPart = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicPart, 'sha256');
  const publicJwk = { kty: 'EC', crv: 'P-256', x: publicPart.x!, y: publicPart.y!, kid, alg: 'ES256', use: 'sig' } satisfies PublicJwk;
  return { kid, signsFrom, publicJwk, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' } };
}
