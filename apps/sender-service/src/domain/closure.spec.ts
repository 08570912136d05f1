import { ProblemException, SenderAction } from '@chaman/contracts';
import { ensureOpen, isAlreadyClosed, senderActions } from './closure';

describe('closure', () => {
  it('lets an open sender or account be changed', () => {
    expect(() => ensureOpen({ closedAt: null }, 'Sender 100001')).not.toThrow();
    expect(isAlreadyClosed({ closedAt: null })).toBe(false);
  });

  it('refuses any change to a closed one with resourceClosed (409), saying since when', () => {
    const closedAt = new Date('2026-12-01T08:00:00.000Z');
    try {
      ensureOpen({ closedAt }, 'REST account 0191');
      throw new Error('expected a problem');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).problem).toMatchObject({ code: 'resourceClosed', status: 409 });
      expect((error as ProblemException).problem.detail).toContain('REST account 0191 was closed on 2026-12-01T08:00:00.000Z');
    }
    expect(isAlreadyClosed({ closedAt })).toBe(true);
  });

  it('offers every action on an open sender and none on a closed one, as ensureOpen would refuse them', () => {
    expect(senderActions({ closedAt: null })).toEqual([
      SenderAction.REPLACE_CONTACT,
      SenderAction.ADD_CHANNEL,
      SenderAction.CREATE_REST_ACCOUNT,
      SenderAction.CLOSE,
    ]);
    expect(senderActions({ closedAt: new Date('2026-12-01T08:00:00.000Z') })).toEqual([]);
  });
});
