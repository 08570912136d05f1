import { ProblemException } from '@chaman/contracts';
import { ENTERPRISE_LIMITS, withinLimit } from './enterprise-limits';

describe('enterprise limits', () => {
  it('lets the last one in and refuses the next with enterpriseLimitReached, saying which limit', () => {
    const limit = ENTERPRISE_LIMITS.restAccountsPerSender;
    expect(() => withinLimit(limit - 1, limit, 'REST accounts per sender', 'use an existing account')).not.toThrow();
    try {
      withinLimit(limit, limit, 'REST accounts per sender', 'use an existing account');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).problem).toMatchObject({
        status: 409,
        code: 'enterpriseLimitReached',
        limit,
        detail: `At most ${limit} REST accounts per sender; use an existing account.`,
      });
    }
  });
});
