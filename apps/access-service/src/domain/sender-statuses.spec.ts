import { Quality } from '@chaman/contracts';
import { senderStatuses } from './sender-statuses';

describe('whether a sender still has to be created', () => {
  const qualities = [Quality.EMPLOYER, Quality.CPAS];

  it('says so per quality, with the number of the senders that exist', () => {
    const existing = [
      { enterpriseNumber: '0123456749', quality: Quality.CPAS, senderNumber: '100001' },
      { enterpriseNumber: '0403170701', quality: Quality.EMPLOYER, senderNumber: '100002' },
    ];
    expect(senderStatuses('0123456749', qualities, existing)).toEqual([
      { quality: Quality.EMPLOYER, senderToCreate: true },
      { quality: Quality.CPAS, senderToCreate: false, senderNumber: '100001' },
    ]);
  });

  it('answers unknown (null), not "to create", when the senders could not be learned', () => {
    expect(senderStatuses('0123456749', qualities, null).map((status) => status.senderToCreate)).toEqual([null, null]);
  });
});
