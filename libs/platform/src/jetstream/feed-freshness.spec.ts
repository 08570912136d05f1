import { FeedFreshness } from './feed-freshness';

describe('FeedFreshness', () => {
  let now = 0;
  const fresh = () => new FeedFreshness(250, () => now);
  beforeEach(() => {
    now = 1_000;
  });

  it('is replaying until a heartbeat shows the copy reaches the end of the stream', () => {
    const freshness = fresh();
    expect(freshness.state()).toEqual({ current: false, reason: 'replaying' });
    freshness.heartbeat(3, now);
    expect(freshness.state()).toEqual({ current: false, reason: 'replaying' });
    freshness.appliedUpTo(2);
    expect(freshness.state().current).toBe(false);
    freshness.appliedUpTo(3);
    expect(freshness.state()).toEqual({ current: true });
  });

  it('is behind as soon as a heartbeat reaches further than the copy, and current again once applied', () => {
    const freshness = fresh();
    freshness.heartbeat(0, now);
    now += 10;
    freshness.heartbeat(1, now);
    expect(freshness.state()).toEqual({ current: false, reason: 'behind' });
    freshness.appliedUpTo(1);
    expect(freshness.state()).toEqual({ current: true });
  });

  it('an older heartbeat answered late does not hide a newer one that is ahead', () => {
    const freshness = fresh();
    freshness.heartbeat(0, now);
    freshness.heartbeat(5, now + 20);
    freshness.heartbeat(0, now + 10);
    expect(freshness.state()).toEqual({ current: false, reason: 'behind' });
  });

  it('goes silent when no heartbeat confirmed the copy for longer than the bound', () => {
    const freshness = fresh();
    freshness.heartbeat(0, now);
    now += 250;
    expect(freshness.state().current).toBe(true);
    now += 1;
    expect(freshness.state()).toEqual({ current: false, reason: 'silent' });
    expect(freshness.heartbeatAgeMs()).toBe(251);
  });

  it('is not current while disconnected, nor after reconnecting until a new heartbeat', () => {
    const freshness = fresh();
    freshness.heartbeat(0, now);
    freshness.disconnected();
    expect(freshness.state()).toEqual({ current: false, reason: 'disconnected' });
    freshness.reconnected();
    expect(freshness.state()).toEqual({ current: false, reason: 'replaying' });
    freshness.heartbeat(0, now + 1);
    expect(freshness.state().current).toBe(true);
  });
});
