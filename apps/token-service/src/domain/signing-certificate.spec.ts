import { OAuthErrorCode, RestEnvironment } from '@chaman/contracts';
import { OAuthRefusal } from './oauth-refusal';
import { grantedScopes, type KnownAccount, type SigningCandidate, signingAuthority } from './signing-certificate';

const NOW = new Date('2026-12-06T12:00:00Z');
const COMPANY = '0200065765';
const INTERMEDIARY = '0403170701';
const account: KnownAccount = {
  id: 'a1',
  clientId: 'c1',
  enterpriseNumber: COMPANY,
  environment: RestEnvironment.ACCEPTANCE,
  scopes: ['scope:demo:consult', 'scope:b'],
};
const intermediaryAccount: KnownAccount = {
  id: 'a2',
  clientId: 'c2',
  enterpriseNumber: INTERMEDIARY,
  environment: RestEnvironment.ACCEPTANCE,
  scopes: [],
};

function candidate(
  overrides: Partial<SigningCandidate['certificate']> = {},
  on: KnownAccount = account,
  delegationScopes: string[] | null = null,
): SigningCandidate {
  return {
    certificate: {
      id: 'cert',
      restAccountId: on.id,
      ownerEnterpriseNumber: COMPANY,
      publicKey: 'PEM',
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2027-01-01T00:00:00Z'),
      status: 'ACTIVE',
      ...overrides,
    },
    certificateAccount: on,
    delegation: delegationScopes
      ? { intermediaryEnterpriseNumber: overrides.ownerEnterpriseNumber ?? COMPANY, scopes: delegationScopes }
      : null,
  };
}

function refusalOf(action: () => unknown): OAuthRefusal {
  try {
    action();
  } catch (error) {
    if (error instanceof OAuthRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('whose certificate counts', () => {
  it("accepts the company's own active certificate on the account", () => {
    expect(signingAuthority(account, candidate(), NOW)).toEqual({ kind: 'own' });
  });

  it('refuses any key once the account is closed', () => {
    expect(() => signingAuthority({ ...account, closedAt: NOW }, candidate(), NOW)).toThrow(/REST account was closed/);
  });

  it("accepts the intermediary's certificate on the account under an accepted delegation", () => {
    expect(signingAuthority(account, candidate({ ownerEnterpriseNumber: INTERMEDIARY }, account, ['scope:b']), NOW)).toEqual({
      kind: 'delegated',
      intermediaryEnterpriseNumber: INTERMEDIARY,
      delegationScopes: ['scope:b'],
    });
  });

  it("accepts the intermediary's certificate on its own account in the same environment", () => {
    expect(signingAuthority(account, candidate({ ownerEnterpriseNumber: INTERMEDIARY }, intermediaryAccount, ['scope:b']), NOW).kind).toBe(
      'delegated',
    );
  });

  it('refuses an unknown kid without telling more', () => {
    const refusal = refusalOf(() => signingAuthority(account, null, NOW));
    expect([refusal.code, refusal.description]).toEqual([
      OAuthErrorCode.invalid_client,
      expect.stringContaining('no certificate of this client'),
    ]);
  });

  it("refuses, as unknown, another enterprise's certificate on another account", () => {
    const stranger = { ...intermediaryAccount, enterpriseNumber: '0999999999' };
    expect(
      refusalOf(() => signingAuthority(account, candidate({ ownerEnterpriseNumber: INTERMEDIARY }, stranger, ['scope:b']), NOW))
        .description,
    ).toContain('no certificate of this client');
  });

  it("refuses the intermediary's own-account certificate for an account of another environment", () => {
    const production = { ...intermediaryAccount, environment: RestEnvironment.PRODUCTION };
    expect(
      refusalOf(() => signingAuthority(account, candidate({ ownerEnterpriseNumber: INTERMEDIARY }, production, ['scope:b']), NOW))
        .description,
    ).toContain('no certificate of this client');
  });

  it('refuses the intermediary once the delegation is no longer accepted', () => {
    expect(
      refusalOf(() => signingAuthority(account, candidate({ ownerEnterpriseNumber: INTERMEDIARY }, intermediaryAccount, null), NOW))
        .description,
    ).toContain('no accepted delegation');
  });

  it('refuses a removed certificate', () => {
    expect(refusalOf(() => signingAuthority(account, candidate({ status: 'REMOVED' }), NOW)).description).toContain('was removed');
  });

  it('refuses a deactivated certificate', () => {
    expect(refusalOf(() => signingAuthority(account, candidate({ status: 'INACTIVE' }), NOW)).description).toContain('no longer active');
  });

  it('refuses an expired certificate', () => {
    expect(
      refusalOf(() => signingAuthority(account, candidate({ notAfter: new Date('2026-12-01T00:00:00Z') }), NOW)).description,
    ).toContain('expired on 2026-12-01');
  });

  it('refuses a certificate not valid yet', () => {
    expect(
      refusalOf(() => signingAuthority(account, candidate({ notBefore: new Date('2026-12-07T00:00:00Z') }), NOW)).description,
    ).toContain('not valid before');
  });

  it('refuses a certificate whose public key is unknown (registered before the key was carried)', () => {
    expect(refusalOf(() => signingAuthority(account, candidate({ publicKey: null }), NOW)).description).toContain('register it again');
  });
});

describe('granted scopes', () => {
  it("grants all the account's scopes when none is asked", () => {
    expect(grantedScopes(account, { kind: 'own' }, undefined)).toEqual(['scope:demo:consult', 'scope:b']);
  });

  it('grants requested ∩ account', () => {
    expect(grantedScopes(account, { kind: 'own' }, ['scope:b', 'scope:unknown'])).toEqual(['scope:b']);
  });

  it("narrows further to the delegation's scopes when an intermediary signed", () => {
    expect(
      grantedScopes(account, { kind: 'delegated', intermediaryEnterpriseNumber: INTERMEDIARY, delegationScopes: ['scope:b'] }, undefined),
    ).toEqual(['scope:b']);
  });

  it('refuses with invalid_scope when nothing remains of what was asked', () => {
    const refusal = refusalOf(() =>
      grantedScopes(account, { kind: 'delegated', intermediaryEnterpriseNumber: INTERMEDIARY, delegationScopes: ['scope:b'] }, [
        'scope:demo:consult',
      ]),
    );
    expect([refusal.code, refusal.description]).toEqual([OAuthErrorCode.invalid_scope, expect.stringContaining('under the delegation')]);
  });

  it('refuses with invalid_scope when the client has no scope at all', () => {
    expect(refusalOf(() => grantedScopes({ ...account, scopes: [] }, { kind: 'own' }, undefined)).code).toBe(OAuthErrorCode.invalid_scope);
  });
});
