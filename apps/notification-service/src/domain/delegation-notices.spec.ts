import { DelegationEvents, type DelegationEventData, DelegationParty, DelegationStatus, Quality } from '@chaman/contracts';
import { delegationNotices, opensWait } from './delegation-notices';

const data = (initiatedBy: DelegationParty, actor?: DelegationParty): DelegationEventData => ({
  delegation: {
    id: 'd',
    status: DelegationStatus.PENDING,
    initiatedBy,
    companyEnterpriseNumber: '0123456749',
    companyQuality: Quality.CPAS,
    intermediaryEnterpriseNumber: '0403170701',
    restAccountId: 'a',
    scopes: [],
    relaunchCount: 0,
    createdAt: '',
    updatedAt: '',
  },
  actor: actor ? { party: actor } : {},
});

describe('who hears of a delegation event', () => {
  it('sends a request to the party that did not make it', () => {
    expect(delegationNotices(DelegationEvents.requested.type, data(DelegationParty.INTERMEDIARY, DelegationParty.INTERMEDIARY))).toEqual([
      { kind: 'requested', to: DelegationParty.COMPANY },
    ]);
  });

  it('tells the other party than the actor the outcome, and both parties of an expiry', () => {
    expect(delegationNotices(DelegationEvents.refused.type, data(DelegationParty.INTERMEDIARY, DelegationParty.COMPANY))).toEqual([
      { kind: 'outcome', to: DelegationParty.INTERMEDIARY, outcome: 'REFUSED' },
    ]);
    expect(delegationNotices(DelegationEvents.expired.type, data(DelegationParty.COMPANY)).map((notice) => notice.to)).toEqual([
      DelegationParty.COMPANY,
      DelegationParty.INTERMEDIARY,
    ]);
  });

  it('keeps reminders only for requests and relaunches', () => {
    expect(
      [DelegationEvents.requested, DelegationEvents.relaunched, DelegationEvents.accepted].map((event) => opensWait(event.type)),
    ).toEqual([true, true, false]);
  });
});
