import { Quality } from '@chaman/contracts';
import { delegationSettingsFromEnv } from './delegation-settings';

describe('delegation settings', () => {
  it('defaults to DESIGN.md: 20 relaunches, 30 pending days, only CPAS delegates', () => {
    expect(delegationSettingsFromEnv({})).toEqual({
      relaunchLimit: 20,
      pendingDays: 30,
      delegableQualities: new Set([Quality.CPAS]),
      expirySweepIntervalMs: 60_000,
    });
  });

  it('reads every setting from the environment', () => {
    const settings = delegationSettingsFromEnv({
      DELEGATION_RELAUNCH_LIMIT: '5',
      DELEGATION_PENDING_DAYS: '7',
      DELEGABLE_QUALITIES: 'CPAS, EMPLOYER',
      DELEGATION_EXPIRY_SWEEP_MS: '0',
    });
    expect(settings).toEqual({
      relaunchLimit: 5,
      pendingDays: 7,
      delegableQualities: new Set([Quality.CPAS, Quality.EMPLOYER]),
      expirySweepIntervalMs: 0,
    });
  });

  it.each([
    [{ DELEGATION_RELAUNCH_LIMIT: 'twenty' }, /whole number/],
    [{ DELEGATION_PENDING_DAYS: '0' }, /at least 1/],
    [{ DELEGABLE_QUALITIES: 'CPAS,BANK' }, /unknown qualities: BANK/],
    [{ DELEGABLE_QUALITIES: 'TECHNICAL_INTERMEDIARY' }, /cannot include/],
    [{ DELEGATION_EXPIRY_SWEEP_MS: '10' }, /at least 1000/],
  ])('refuses %p at start', (env, message) => {
    expect(() => delegationSettingsFromEnv(env)).toThrow(message);
  });
});
