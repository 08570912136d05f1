import { DelegationStatus, RestEnvironment } from '@chaman/contracts';
import { accountRoleOf } from './account-access';
import { clientIdFor } from './client-id';
import { grantEffectOf, isNewerState } from './delegation-grant';

describe('REST account rules', () => {
  const standing = { ownerEnterpriseNumber: '0123456749', intermediariesWithGrant: ['0987654312'] };

  it('lets the owner in as OWNER, a granted intermediary as INTERMEDIARY, nobody else', () => {
    expect(accountRoleOf('0123456749', standing)).toBe('OWNER');
    expect(accountRoleOf('0987654312', standing)).toBe('INTERMEDIARY');
    expect(accountRoleOf('0555555555', standing)).toBeNull();
    expect(accountRoleOf('0987654312', { ...standing, intermediariesWithGrant: [] })).toBeNull();
  });

  it('grants on ACCEPTED, withdraws on REVOKED and RENOUNCED, ignores every other state', () => {
    expect(grantEffectOf(DelegationStatus.ACCEPTED)).toBe('grant');
    expect(grantEffectOf(DelegationStatus.REVOKED)).toBe('withdraw');
    expect(grantEffectOf(DelegationStatus.RENOUNCED)).toBe('withdraw');
    for (const status of [DelegationStatus.PENDING, DelegationStatus.REFUSED, DelegationStatus.CANCELLED, DelegationStatus.EXPIRED]) {
      expect(grantEffectOf(status)).toBe('none');
    }
  });

  it('ignores a delegation state older than the one applied', () => {
    const applied = new Date('2025-01-01T10:00:00Z');
    expect(isNewerState(new Date('2025-01-01T10:00:01Z'), applied)).toBe(true);
    expect(isNewerState(new Date('2025-01-01T09:59:59Z'), applied)).toBe(false);
    expect(isNewerState(new Date('2025-01-01T09:59:59Z'), null)).toBe(true);
  });

  it('makes client ids naming environment and sender, with 128 random bits', () => {
    const random = Buffer.alloc(16, 0xab);
    expect(clientIdFor(RestEnvironment.PRODUCTION, '100042', random)).toBe(`chaman-prd-100042-${'ab'.repeat(16)}`);
    expect(clientIdFor(RestEnvironment.ACCEPTANCE, '100042', random)).toMatch(/^chaman-acc-100042-[0-9a-f]{32}$/);
    expect(() => clientIdFor(RestEnvironment.ACCEPTANCE, '100042', Buffer.alloc(8))).toThrow(/16 random bytes/);
  });
});
