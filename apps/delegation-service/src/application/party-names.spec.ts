import { AccessEvents, type DelegationView, Quality } from '@chaman/contracts';
import { PartyProjection } from '../projection/party-projection';
import { withPartyNames } from './party-names';

const view = { id: 'd', companyEnterpriseNumber: '0123456749', intermediaryEnterpriseNumber: '0403170701' } as DelegationView;

describe('withPartyNames', () => {
  it('labels each party the projection has seen registered, and leaves the other without a name', () => {
    const projection = new PartyProjection();
    projection.apply({
      specversion: '1.0',
      id: 'e',
      source: 'test',
      type: AccessEvents.enterpriseRegistered.type,
      subject: '0403170701',
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      data: {
        actorUserId: 'op',
        enterpriseNumber: '0403170701',
        name: 'SoftHouse',
        qualities: [Quality.TECHNICAL_INTERMEDIARY],
        chiefAccessManagerUserId: 'bob',
      },
    });
    expect(withPartyNames(view, projection)).toEqual({ ...view, intermediaryName: 'SoftHouse' });
  });
});
