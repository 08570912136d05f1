import { DelegationParty, DelegationStatus, type DelegationView, Quality } from '@chaman/contracts';
import { disagreementOf, MAX_CLOCK_SKEW_MS, opensGrant, parkedEventWithdraws } from './delegation-trust';

const now = new Date('2027-01-01T00:00:00Z');
const delegation: DelegationView = {
  id: 'd1',
  status: DelegationStatus.ACCEPTED,
  initiatedBy: DelegationParty.INTERMEDIARY,
  companyEnterpriseNumber: '0123456749',
  companyQuality: Quality.CPAS,
  intermediaryEnterpriseNumber: '0403170701',
  restAccountId: 'a1',
  scopes: [],
  relaunchCount: 0,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
};
const grant = {
  restAccountId: 'a1',
  companyEnterpriseNumber: '0123456749',
  intermediaryEnterpriseNumber: '0403170701',
  status: DelegationStatus.ACCEPTED,
};

describe('trusting a delegation event', () => {
  it('agrees with a first event on the holder’s account, and with a later state of the same delegation', () => {
    expect(disagreementOf(delegation, { grant: null, accountOwner: '0123456749' }, now)).toBeNull();
    expect(disagreementOf({ ...delegation, status: DelegationStatus.REVOKED }, { grant, accountOwner: '0123456749' }, now)).toBeNull();
  });

  it('disagrees with a company that does not hold the account, a future date, changed parties, and a revival', () => {
    expect(disagreementOf(delegation, { grant: null, accountOwner: '0202239951' }, now)).toMatch(/does not hold/);
    const future = new Date(now.getTime() + MAX_CLOCK_SKEW_MS + 1).toISOString();
    expect(disagreementOf({ ...delegation, updatedAt: future }, { grant: null, accountOwner: null }, now)).toMatch(/future/);
    expect(disagreementOf({ ...delegation, intermediaryEnterpriseNumber: '0202239951' }, { grant, accountOwner: null }, now)).toMatch(
      /parties/,
    );
    expect(disagreementOf(delegation, { grant: { ...grant, status: DelegationStatus.REVOKED }, accountOwner: null }, now)).toMatch(/ended/);
  });

  it('asks before opening a grant (a new delegation or a move to ACCEPTED), not for what keeps or closes one', () => {
    expect(opensGrant(delegation, null)).toBe(true);
    expect(opensGrant(delegation, { active: false })).toBe(true);
    expect(opensGrant(delegation, { active: true })).toBe(false);
    expect(opensGrant({ ...delegation, status: DelegationStatus.REVOKED }, null)).toBe(false);
  });

  it('closes the grant for a parked revoke, renounce or unreadable event, not for a parked accept', () => {
    expect(parkedEventWithdraws(DelegationStatus.REVOKED)).toBe(true);
    expect(parkedEventWithdraws(DelegationStatus.RENOUNCED)).toBe(true);
    expect(parkedEventWithdraws(undefined)).toBe(true);
    expect(parkedEventWithdraws(DelegationStatus.ACCEPTED)).toBe(false);
  });
});
