import { Position } from '@chaman/contracts';
import { handOverFault, positionsAfterHandOver } from './chief-hand-over';
import type { Member } from './member';

const member = (userId: string, position: Position): Member => ({
  enterpriseNumber: '0123456749',
  userId,
  name: userId,
  email: `${userId}@example.be`,
  position,
  appointedBy: 'op',
  appointedAt: new Date(0),
  updatedAt: new Date(0),
});

describe('handing over the chief access manager role', () => {
  it('lets the chief hand it over', () => {
    expect(handOverFault({ userId: 'chief', isOperator: false, member: member('chief', Position.CHIEF_ACCESS_MANAGER) })).toBeNull();
  });

  it('lets a platform operator do it, member of the enterprise or not (the chief has left)', () => {
    expect(handOverFault({ userId: 'op', isOperator: true, member: null })).toBeNull();
  });

  it.each([Position.ACCESS_MANAGER, Position.GROUP_MANAGER, Position.USER])(
    'refuses a %s, who cannot crown anyone, themselves included',
    (position) => {
      expect(handOverFault({ userId: 'someone', isOperator: false, member: member('someone', position) })).toMatchObject({
        code: 'missingPermission',
      });
    },
  );

  it('leaves exactly one chief: the successor; the previous chief stays an access manager', () => {
    expect(positionsAfterHandOver(member('a', Position.CHIEF_ACCESS_MANAGER), member('b', Position.USER))).toEqual({
      previousChief: Position.ACCESS_MANAGER,
      successor: Position.CHIEF_ACCESS_MANAGER,
    });
  });

  it('changes nothing when the chief names themselves', () => {
    const chief = member('a', Position.CHIEF_ACCESS_MANAGER);
    expect(positionsAfterHandOver(chief, chief)).toEqual({
      previousChief: Position.CHIEF_ACCESS_MANAGER,
      successor: Position.CHIEF_ACCESS_MANAGER,
    });
  });
});
