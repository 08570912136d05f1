import type { DelegationDetail, DelegationView } from '@chaman/contracts';
import { allowedActions, isReceived, relaunchesLeft } from './allowed-actions';

const COMPANY = '0123456749';
const INTERMEDIARY = '0403170701';
const delegation = (status: string, initiatedBy: 'COMPANY' | 'INTERMEDIARY') =>
  ({ status, initiatedBy, companyEnterpriseNumber: COMPANY, intermediaryEnterpriseNumber: INTERMEDIARY }) as unknown as DelegationView;

describe('what each side may do with a delegation', () => {
  it('lets the side that did not initiate answer a pending request, and the initiator cancel it', () => {
    expect(allowedActions(delegation('PENDING', 'INTERMEDIARY'), COMPANY)).toEqual(['ACCEPT', 'REFUSE']);
    expect(allowedActions(delegation('PENDING', 'INTERMEDIARY'), INTERMEDIARY)).toEqual(['CANCEL']);
    expect(isReceived(delegation('PENDING', 'INTERMEDIARY'), COMPANY)).toBe(true);
    expect(isReceived(delegation('PENDING', 'INTERMEDIARY'), INTERMEDIARY)).toBe(false);
  });

  it('lets only the initiator relaunch a refused request', () => {
    expect(allowedActions(delegation('REFUSED', 'INTERMEDIARY'), INTERMEDIARY)).toEqual(['RELAUNCH']);
    expect(allowedActions(delegation('REFUSED', 'INTERMEDIARY'), COMPANY)).toEqual([]);
    expect(allowedActions(delegation('REFUSED', 'COMPANY'), COMPANY)).toEqual(['RELAUNCH']);
  });

  it("keeps revocation and scopes to the company, renouncing to the intermediary", () => {
    expect(allowedActions(delegation('ACCEPTED', 'INTERMEDIARY'), COMPANY)).toEqual(['REVOKE', 'CHANGE_SCOPES']);
    expect(allowedActions(delegation('ACCEPTED', 'COMPANY'), INTERMEDIARY)).toEqual(['RENOUNCE']);
  });

  it('offers nothing on an ended delegation', () => {
    for (const status of ['CANCELLED', 'EXPIRED', 'REVOKED', 'RENOUNCED']) expect(allowedActions(delegation(status, 'COMPANY'), COMPANY)).toEqual([]);
  });

  it('counts the relaunches left to the intermediary only', () => {
    const detail = { ...delegation('REFUSED', 'INTERMEDIARY'), intermediaryRelaunches: { used: 3, limit: 20 } } as DelegationDetail;
    expect(relaunchesLeft(detail, INTERMEDIARY)).toEqual({ left: 17, limit: 20 });
    expect(relaunchesLeft(detail, COMPANY)).toBeNull();
  });
});
