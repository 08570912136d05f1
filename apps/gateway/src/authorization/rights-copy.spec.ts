import {
  AccessEvents,
  Capability,
  type CloudEvent,
  type EventDefinition,
  Position,
  TECHNICAL_CHANNELS_PERMISSION,
} from '@chaman/contracts';
import { RightsCopy } from './rights-copy';

const CBE = '0123456749';
const at = '2026-12-01T10:00:00.000Z';
const event = <Data>(definition: EventDefinition<Data>, data: Data): CloudEvent<Data> => ({
  specversion: '1.0',
  id: `${definition.type}-${Math.random()}`,
  source: 'access-service',
  type: definition.type,
  subject: CBE,
  time: at,
  datacontenttype: 'application/json',
  data,
});
const member = (userId: string, position: Position) => ({ actorUserId: 'chief', enterpriseNumber: CBE, userId, position });
const permission = (userId: string) => ({
  actorUserId: 'chief',
  enterpriseNumber: CBE,
  userId,
  permission: TECHNICAL_CHANNELS_PERMISSION,
  decidedAt: at,
});
const channels = (userId: string, isOperator = false) => ({
  userId,
  isOperator,
  enterpriseNumber: CBE,
  capability: Capability.MANAGE_TECHNICAL_CHANNELS,
});

describe('RightsCopy', () => {
  let copy: RightsCopy;
  beforeEach(() => {
    copy = new RightsCopy();
    copy.apply(
      event(AccessEvents.enterpriseRegistered, {
        actorUserId: 'op',
        enterpriseNumber: CBE,
        name: 'Alpha',
        qualities: [],
        chiefAccessManagerUserId: 'chief',
      }),
    );
    copy.apply(event(AccessEvents.memberAppointed, member('chief', Position.CHIEF_ACCESS_MANAGER)));
    copy.apply(event(AccessEvents.memberAppointed, member('user', Position.USER)));
  });

  it('allows with the reason the access-service quotes, and follows grants and revocations', () => {
    expect(copy.decide(channels('chief'))).toEqual({
      allowed: true,
      reason: 'CHIEF_ACCESS_MANAGER of 0123456749: holds the right automatically as CHIEF_ACCESS_MANAGER',
    });
    expect(copy.decide(channels('user'))).toEqual({ allowed: false });
    copy.apply(event(AccessEvents.permissionGranted, permission('user')));
    expect(copy.decide(channels('user'))).toEqual({ allowed: true, reason: `USER of ${CBE}: right granted by chief at ${at}` });
    copy.apply(event(AccessEvents.permissionRevoked, permission('user')));
    expect(copy.decide(channels('user'))).toEqual({ allowed: false });
  });

  it('forgets a decision when the position changes, keeps it when only the details change, and drops a removed member', () => {
    copy.apply(event(AccessEvents.memberAppointed, member('group', Position.GROUP_MANAGER)));
    copy.apply(event(AccessEvents.permissionRevoked, permission('group')));
    copy.apply(event(AccessEvents.memberChanged, member('group', Position.GROUP_MANAGER)));
    expect(copy.decide(channels('group')).allowed).toBe(false);
    copy.apply(event(AccessEvents.memberChanged, member('group', Position.USER)));
    copy.apply(event(AccessEvents.memberChanged, member('group', Position.GROUP_MANAGER)));
    expect(copy.decide(channels('group'))).toMatchObject({ allowed: true, reason: expect.stringContaining('by default') });
    copy.apply(event(AccessEvents.memberRemoved, member('group', Position.GROUP_MANAGER)));
    expect(copy.decide(channels('group')).allowed).toBe(false);
  });

  it('believes the right a member event carries, so a copy that never saw the withdrawal still refuses it', () => {
    const rebuilt = new RightsCopy();
    const withdrawn = { held: false, basis: 'REVOKED' as const, decidedBy: 'chief', decidedAt: at };
    rebuilt.apply(event(AccessEvents.memberChanged, { ...member('group', Position.GROUP_MANAGER), technicalChannels: withdrawn }));
    expect(rebuilt.decide(channels('group'))).toEqual({ allowed: false });
    rebuilt.apply(
      event(AccessEvents.memberChanged, {
        ...member('user', Position.USER),
        technicalChannels: { ...withdrawn, held: true, basis: 'GRANT' },
      }),
    );
    expect(rebuilt.decide(channels('user'))).toEqual({ allowed: true, reason: `USER of ${CBE}: right granted by chief at ${at}` });
    copy.apply(event(AccessEvents.memberAppointed, member('group', Position.GROUP_MANAGER)));
    copy.apply(event(AccessEvents.memberChanged, { ...member('group', Position.GROUP_MANAGER), technicalChannels: withdrawn }));
    expect(copy.decide(channels('group'))).toEqual({ allowed: false });
  });

  it('lets an operator see a registered enterprise only, and never act in it', () => {
    const view = (enterpriseNumber: string) => ({
      userId: 'op',
      isOperator: true,
      enterpriseNumber,
      capability: Capability.VIEW_ENTERPRISE,
    });
    expect(copy.decide(view(CBE))).toEqual({ allowed: true, reason: 'platform operator (chaman-admin)' });
    expect(copy.decide(view('0403170701')).allowed).toBe(false);
    expect(copy.decide(channels('op', true)).allowed).toBe(false);
  });
});
