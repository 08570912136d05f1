import { Position } from '@chaman/contracts';
import type { Member } from './member';
import { appointmentFault, permissionChangeFault, removalFault } from './membership-rules';

const { CHIEF_ACCESS_MANAGER: CHIEF, ACCESS_MANAGER: AM, GROUP_MANAGER: GM, USER } = Position;
const member = (position: Position, userId = `${position.toLowerCase()}-1`): Member => ({
  enterpriseNumber: '0123456749',
  userId,
  name: userId,
  email: `${userId}@example.test`,
  position,
  appointedBy: 'operator',
  appointedAt: new Date(),
  updatedAt: new Date(),
});
const code = (fault: { code: string } | null) => fault?.code ?? 'ok';

describe('appointing and changing members', () => {
  it.each([
    [CHIEF, 'ok'],
    [AM, 'ok'],
    [GM, 'missingPermission'],
    [USER, 'missingPermission'],
  ])('a %s appointing a new user: %s', (actor, expected) => {
    expect(code(appointmentFault(member(actor), null, USER))).toBe(expected);
  });

  it('lets an access manager promote and demote anyone but the chief', () => {
    expect(code(appointmentFault(member(AM), member(USER), GM))).toBe('ok');
    expect(code(appointmentFault(member(AM), member(AM, 'am-2'), USER))).toBe('ok');
  });

  it('never makes a chief access manager: only the operator does, at registration', () => {
    expect(code(appointmentFault(member(CHIEF), null, CHIEF))).toBe('chiefAccessManagerProtected');
    expect(code(appointmentFault(member(CHIEF), member(AM), CHIEF))).toBe('chiefAccessManagerProtected');
  });

  it('lets nobody else demote or change the chief access manager; the chief may update their own details', () => {
    expect(code(appointmentFault(member(AM), member(CHIEF), AM))).toBe('chiefAccessManagerProtected');
    expect(code(appointmentFault(member(AM), member(CHIEF), CHIEF))).toBe('chiefAccessManagerProtected');
    expect(code(appointmentFault(member(CHIEF), member(CHIEF), CHIEF))).toBe('ok');
    expect(code(appointmentFault(member(CHIEF), member(CHIEF), AM))).toBe('chiefAccessManagerProtected');
  });
});

describe('removing members', () => {
  it('is for access managers, and never removes the chief access manager', () => {
    expect(code(removalFault(member(CHIEF), member(USER)))).toBe('ok');
    expect(code(removalFault(member(AM), member(AM, 'am-2')))).toBe('ok');
    expect(code(removalFault(member(GM), member(USER)))).toBe('missingPermission');
    expect(code(removalFault(member(AM), member(CHIEF)))).toBe('chiefAccessManagerProtected');
    expect(code(removalFault(member(CHIEF), member(CHIEF)))).toBe('chiefAccessManagerProtected');
  });
});

describe('granting and revoking the right', () => {
  it.each([
    // actor, target, expected
    [CHIEF, USER, 'ok'],
    [AM, USER, 'ok'],
    [GM, USER, 'ok'],
    [USER, USER, 'missingPermission'],
    [AM, GM, 'ok'],
    [GM, GM, 'missingPermission'],
    [AM, AM, 'permissionNotGrantable'],
    [GM, CHIEF, 'permissionNotGrantable'],
  ])('a %s deciding for a %s: %s', (actor, target, expected) => {
    expect(code(permissionChangeFault(member(actor), member(target, 'target-1')))).toBe(expected);
  });

  it('lets nobody decide their own right', () => {
    const groupManager = member(GM);
    expect(code(permissionChangeFault(groupManager, groupManager))).toBe('permissionNotGrantable');
  });
});
