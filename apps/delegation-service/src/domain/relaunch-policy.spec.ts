import { problemThrownBy } from '@chaman/testing';
import { DelegationParty, Quality } from '@chaman/contracts';
import { chargeAttempt, type RelaunchAllowance, recordRefusal, relaunchesLeft } from './relaunch-policy';

const { COMPANY, INTERMEDIARY } = DelegationParty;
const LIMIT = 20;

function allowance(used: number, companyHasRefused: boolean): RelaunchAllowance {
  return {
    intermediaryEnterpriseNumber: '0403170701',
    companyEnterpriseNumber: '0123456749',
    companyQuality: Quality.CPAS,
    used,
    companyHasRefused,
  };
}

describe('relaunch policy', () => {
  it('lets an intermediary relaunch exactly 20 times, each counted', () => {
    const counter = allowance(0, true);
    for (let attempt = 1; attempt <= LIMIT; attempt += 1) {
      expect(chargeAttempt(counter, INTERMEDIARY, 'RELAUNCH', LIMIT)).toBe(true);
      expect(counter.used).toBe(attempt);
    }
    const problem = problemThrownBy(() => chargeAttempt(counter, INTERMEDIARY, 'RELAUNCH', LIMIT));
    expect(problem).toMatchObject({ code: 'relaunchLimitReached', status: 409, relaunchLimit: LIMIT });
    expect(problem?.detail).toMatch(/contact the company so that the company itself initiates/);
    expect(counter.used).toBe(LIMIT);
  });

  it('does not count the first requests of an intermediary the company never refused', () => {
    const counter = allowance(0, false);
    expect(chargeAttempt(counter, INTERMEDIARY, 'NEW_REQUEST', LIMIT)).toBe(false);
    expect(chargeAttempt(counter, INTERMEDIARY, 'NEW_REQUEST', LIMIT)).toBe(false);
    expect(counter.used).toBe(0);
  });

  it('counts a new request made after a refusal by the company (no bypass by cancel-and-recreate)', () => {
    const counter = allowance(0, false);
    recordRefusal(counter, COMPANY);
    expect(chargeAttempt(counter, INTERMEDIARY, 'NEW_REQUEST', LIMIT)).toBe(true);
    expect(counter.used).toBe(1);
  });

  it('refuses new requests past the limit too', () => {
    expect(problemThrownBy(() => chargeAttempt(allowance(LIMIT, true), INTERMEDIARY, 'NEW_REQUEST', LIMIT))).toMatchObject({
      code: 'relaunchLimitReached',
    });
  });

  it('never limits the company, whatever the counter says', () => {
    const counter = allowance(LIMIT, true);
    for (let attempt = 0; attempt < 25; attempt += 1) expect(chargeAttempt(counter, COMPANY, 'RELAUNCH', LIMIT)).toBe(false);
    expect(chargeAttempt(counter, COMPANY, 'NEW_REQUEST', LIMIT)).toBe(false);
    expect(counter.used).toBe(LIMIT);
  });

  it('only a refusal by the company makes new requests count', () => {
    const counter = allowance(0, false);
    recordRefusal(counter, INTERMEDIARY);
    expect(counter.companyHasRefused).toBe(false);
    recordRefusal(counter, COMPANY);
    expect(counter.companyHasRefused).toBe(true);
  });

  it('honours a configured limit', () => {
    const counter = allowance(2, true);
    expect(problemThrownBy(() => chargeAttempt(counter, INTERMEDIARY, 'RELAUNCH', 2))).toMatchObject({ relaunchLimit: 2 });
  });

  it('counts what is left down to zero, never below', () => {
    expect(relaunchesLeft(0, LIMIT)).toBe(20);
    expect(relaunchesLeft(19, LIMIT)).toBe(1);
    expect(relaunchesLeft(25, LIMIT)).toBe(0);
  });
});
