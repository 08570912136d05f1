import { Capability, Position } from '@chaman/contracts';
import { decideCapability, type Requester } from './capability-policy';
import { technicalChannelsRight } from './technical-channels-right';

const CBE = '0123456749';
const member = (position: Position) => ({ position });
const as = (position: Position, decision: Parameters<typeof technicalChannelsRight>[1] = null): Requester => ({
  isOperator: false,
  enterpriseExists: true,
  member: member(position),
  right: technicalChannelsRight(position, decision),
});
const outsider: Requester = { isOperator: false, enterpriseExists: true, member: null, right: null };
const operator: Requester = { isOperator: true, enterpriseExists: true, member: null, right: null };
const grant = { granted: true, decidedBy: 'gm-1', decidedAt: new Date('2025-03-01T10:00:00Z') };

const outcome = (capability: Capability, requester: Requester) => {
  const decision = decideCapability(capability, CBE, requester);
  return decision.allowed ? 'allow' : decision.refusal;
};

describe('who may do what in an enterprise', () => {
  const { CHIEF_ACCESS_MANAGER: CHIEF, ACCESS_MANAGER: AM, GROUP_MANAGER: GM, USER } = Position;

  it.each([
    // capability, chief, access manager, group manager, user, user with grant
    [Capability.VIEW_ENTERPRISE, 'allow', 'allow', 'allow', 'allow', 'allow'],
    [Capability.MANAGE_MEMBERS, 'allow', 'allow', 'position', 'position', 'position'],
    [Capability.MANAGE_PERMISSIONS, 'allow', 'allow', 'allow', 'position', 'position'],
    [Capability.MANAGE_TECHNICAL_CHANNELS, 'allow', 'allow', 'allow', 'channelsRight', 'allow'],
  ] as const)('%s: chief %s, access manager %s, group manager %s, user %s, granted user %s', (capability, chief, am, gm, user, granted) => {
    expect([CHIEF, AM, GM, USER].map((position) => outcome(capability, as(position)))).toEqual([chief, am, gm, user]);
    expect(outcome(capability, as(USER, grant))).toBe(granted);
  });

  it('tells a non-member exactly what it tells about an enterprise that does not exist', () => {
    for (const capability of Object.values(Capability)) {
      const foreign = decideCapability(capability, CBE, outsider);
      const missing = decideCapability(capability, CBE, { ...outsider, enterpriseExists: false });
      expect(foreign).toEqual({ allowed: false, refusal: 'notFound', detail: expect.any(String) });
      expect(missing).toEqual(foreign);
    }
  });

  it('lets an operator view any existing enterprise but act in none', () => {
    expect(outcome(Capability.VIEW_ENTERPRISE, operator)).toBe('allow');
    expect(outcome(Capability.MANAGE_MEMBERS, operator)).toBe('position');
    expect(outcome(Capability.MANAGE_TECHNICAL_CHANNELS, operator)).toBe('position');
    expect(outcome(Capability.VIEW_ENTERPRISE, { ...operator, enterpriseExists: false })).toBe('notFound');
  });

  it('gives the reason of an allowed decision: the position, or the grant with who and when', () => {
    expect(decideCapability(Capability.MANAGE_TECHNICAL_CHANNELS, CBE, as(AM))).toEqual({
      allowed: true,
      reason: `ACCESS_MANAGER of ${CBE}: holds the right automatically as ACCESS_MANAGER`,
    });
    expect(decideCapability(Capability.MANAGE_TECHNICAL_CHANNELS, CBE, as(GM))).toMatchObject({
      reason: expect.stringContaining('by default'),
    });
    expect(decideCapability(Capability.MANAGE_TECHNICAL_CHANNELS, CBE, as(USER, grant))).toMatchObject({
      reason: expect.stringContaining('granted by gm-1 at 2025-03-01T10:00:00.000Z'),
    });
  });

  it('says who revoked a right when refusing it', () => {
    const revoked = { granted: false, decidedBy: 'am-1', decidedAt: new Date('2025-03-02T10:00:00Z') };
    expect(decideCapability(Capability.MANAGE_TECHNICAL_CHANNELS, CBE, as(USER, revoked))).toMatchObject({
      allowed: false,
      detail: expect.stringContaining('revoked by am-1'),
    });
  });
});
