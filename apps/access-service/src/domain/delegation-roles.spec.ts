import { Quality } from '@chaman/contracts';
import { delegationRoles } from './delegation-roles';

const CPAS_ONLY = new Set([Quality.CPAS]);

describe('delegation roles', () => {
  it('gives a CPAS its delegable quality and no intermediary part', () => {
    expect(delegationRoles([Quality.CPAS, Quality.EMPLOYER], CPAS_ONLY)).toEqual({
      delegableQualities: [Quality.CPAS],
      actsAsIntermediary: false,
    });
  });

  it('lets an intermediary act as one, delegating nothing', () => {
    expect(delegationRoles([Quality.TECHNICAL_INTERMEDIARY], CPAS_ONLY)).toEqual({ delegableQualities: [], actsAsIntermediary: true });
  });

  it('lets an enterprise both CPAS and intermediary act as either', () => {
    expect(delegationRoles([Quality.CPAS, Quality.TECHNICAL_INTERMEDIARY], CPAS_ONLY)).toEqual({
      delegableQualities: [Quality.CPAS],
      actsAsIntermediary: true,
    });
  });

  it('follows the configured set', () => {
    expect(delegationRoles([Quality.EMPLOYER], new Set([Quality.CPAS, Quality.EMPLOYER])).delegableQualities).toEqual([Quality.EMPLOYER]);
    expect(delegationRoles([Quality.EMPLOYER], CPAS_ONLY)).toEqual({ delegableQualities: [], actsAsIntermediary: false });
  });
});
