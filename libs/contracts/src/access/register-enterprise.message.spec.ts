import type { ProblemException } from '../problems/problem.exception';
import { validateRequest } from '../validation/validate-request';
import { RegisterEnterpriseBody } from './register-enterprise.message';

const body = (enterpriseNumber: unknown) => ({
  enterpriseNumber,
  name: 'Alpha',
  qualities: ['EMPLOYER'],
  chiefAccessManager: { userId: 'chief-1', name: 'Chloé Chief', email: 'chief@example.test' },
});

const issuesOf = (input: unknown) => {
  try {
    validateRequest(RegisterEnterpriseBody, input, 'body');
    return [];
  } catch (error) {
    return (error as ProblemException).problem.issues ?? [];
  }
};

describe('registering an enterprise: its number as the body carries it', () => {
  it.each(['0123456749', '0123.456.749', 'BE0123456749', 'BE 0123.456.749', '1234567894'])('stores %s as its 10 bare digits', (input) => {
    expect(validateRequest(RegisterEnterpriseBody, body(input), 'body').enterpriseNumber).toBe(input.replace(/\D/g, '').slice(-10));
  });

  it.each([
    ['0123456748', 'the last two digits must be 97 - (the first 8 digits mod 97)'],
    ['012345674', 'must have exactly 10 digits'],
    ['0123.456.7490', 'must have exactly 10 digits'],
    ['01234S6749', 'must contain only digits'],
    ['2123456786', 'must start with 0 or 1'],
    [123456749, 'must be a string'],
  ])('refuses %j with an issue saying which rule failed', (input, rule) => {
    expect(issuesOf(body(input))).toEqual([
      expect.objectContaining({ in: 'body', name: 'enterpriseNumber', value: input, detail: expect.stringContaining(rule) }),
    ]);
  });

  it('refuses a missing chief access manager, an unknown quality and a duplicate quality', () => {
    const names = issuesOf({ ...body('0123456749'), qualities: ['EMPLOYER', 'EMPLOYER', 'KING'], chiefAccessManager: undefined }).map(
      (issue) => issue.name,
    );
    expect(names).toEqual(['qualities', 'chiefAccessManager']);
  });
});
