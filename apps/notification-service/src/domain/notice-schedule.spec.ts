import { certificateAlerts, delegationWaitNotices, endReminderDue, mostUrgent } from './notice-schedule';

const DAY = 24 * 3_600_000;
const at = (days: number) => new Date(Date.UTC(2027, 0, 1) + days * DAY);

describe('notice schedule', () => {
  it('plans certificate alerts 30 and 7 days before expiry and at it', () => {
    expect(certificateAlerts(at(40)).map((alert) => [alert.stage, alert.dueAt])).toEqual([
      ['expiry-30d', at(10)],
      ['expiry-7d', at(33)],
      ['expiry-0d', at(40)],
    ]);
  });

  it('reminds after the delay and warns before expiry, only while the request can still be answered', () => {
    expect(delegationWaitNotices(at(0), at(30), 7 * DAY, 3 * DAY).map((notice) => [notice.stage, notice.dueAt])).toEqual([
      ['reminder', at(7)],
      ['expiring', at(27)],
    ]);
    expect(delegationWaitNotices(at(0), at(5), 7 * DAY, 3 * DAY).map((notice) => notice.stage)).toEqual(['expiring']);
    expect(delegationWaitNotices(at(0), at(2), 7 * DAY, 3 * DAY)).toEqual([]);
  });

  it('sends the most urgent of the notices due together and skips the others', () => {
    const due = [
      { dueAt: at(33), key: '7d' },
      { dueAt: at(10), key: '30d' },
    ];
    expect(mostUrgent(due)).toEqual({ send: due[0], skip: [due[1]] });
    expect(mostUrgent([])).toEqual({ send: null, skip: [] });
  });
});

describe('end-date reminders', () => {
  it('falls 14 days before the end date of a live delegation', () => {
    expect(endReminderDue({ status: 'ACCEPTED', endsOn: '2027-03-31T00:00:00.000Z' })).toEqual(new Date('2027-03-17T00:00:00.000Z'));
    expect(endReminderDue({ status: 'PENDING', endsOn: '2027-03-31T00:00:00.000Z' })).toEqual(new Date('2027-03-17T00:00:00.000Z'));
  });

  it('is not planned without an end date, nor once the delegation is over', () => {
    expect(endReminderDue({ status: 'ACCEPTED' })).toBeNull();
    expect(endReminderDue({ status: 'ENDED', endsOn: '2027-03-31T00:00:00.000Z' })).toBeNull();
    expect(endReminderDue({ status: 'REVOKED', endsOn: '2027-03-31T00:00:00.000Z' })).toBeNull();
  });
});
