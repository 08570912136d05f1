import type { Principal } from './principal';
import { VerifiedTokens } from './verified-tokens';

const principal = (userId: string): Principal => ({ userId, roles: [], isOperator: false });

describe('VerifiedTokens', () => {
  let now = 1_000;
  const clock = () => now;

  it('answers a remembered token until its expiry, then forgets it', () => {
    const tokens = new VerifiedTokens(10, clock);
    tokens.remember('a', principal('a'), 2_000);
    expect(tokens.get('a')).toEqual(principal('a'));
    now = 2_000;
    expect(tokens.get('a')).toBeUndefined();
  });

  it('does not remember a token without expiry', () => {
    const tokens = new VerifiedTokens(10, clock);
    tokens.remember('a', principal('a'), undefined);
    expect(tokens.get('a')).toBeUndefined();
  });

  it('drops the least recently used token beyond its capacity', () => {
    now = 0;
    const tokens = new VerifiedTokens(2, clock);
    tokens.remember('a', principal('a'), 10);
    tokens.remember('b', principal('b'), 10);
    tokens.get('a');
    tokens.remember('c', principal('c'), 10);
    expect(tokens.get('b')).toBeUndefined();
    expect(tokens.get('a')).toBeDefined();
    expect(tokens.get('c')).toBeDefined();
  });
});
