import { Position } from '@chaman/contracts';
import { technicalChannelsRight } from './technical-channels-right';

const at = new Date('2025-03-01T10:00:00Z');
const granted = { granted: true, decidedBy: 'gm-1', decidedAt: at };
const revoked = { granted: false, decidedBy: 'am-1', decidedAt: at };

describe('the technical-channels right', () => {
  it.each([Position.CHIEF_ACCESS_MANAGER, Position.ACCESS_MANAGER])('is automatic for a %s, whatever was decided', (position) => {
    expect(technicalChannelsRight(position, null)).toEqual({ held: true, basis: 'POSITION' });
    expect(technicalChannelsRight(position, revoked)).toEqual({ held: true, basis: 'POSITION' });
  });

  it('is held by default by a group manager, and can be withdrawn and restored', () => {
    expect(technicalChannelsRight(Position.GROUP_MANAGER, null)).toEqual({ held: true, basis: 'DEFAULT' });
    expect(technicalChannelsRight(Position.GROUP_MANAGER, revoked)).toEqual({
      held: false,
      basis: 'REVOKED',
      decidedBy: 'am-1',
      decidedAt: at,
    });
    expect(technicalChannelsRight(Position.GROUP_MANAGER, granted)).toMatchObject({ held: true, basis: 'GRANT' });
  });

  it('is held by a user only after an explicit grant, which names who and when', () => {
    expect(technicalChannelsRight(Position.USER, null)).toEqual({ held: false, basis: 'NONE' });
    expect(technicalChannelsRight(Position.USER, granted)).toEqual({ held: true, basis: 'GRANT', decidedBy: 'gm-1', decidedAt: at });
    expect(technicalChannelsRight(Position.USER, revoked)).toMatchObject({ held: false, basis: 'REVOKED' });
  });
});
