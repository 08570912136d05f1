import { decodeMemberCursor, encodeMemberCursor } from './member-cursor';

describe('the members keyset cursor', () => {
  it.each(['user-1', 'auth0|5f7c', 'élodie@example.test'])('round-trips %s', (userId) => {
    expect(decodeMemberCursor(encodeMemberCursor(userId))).toBe(userId);
  });

  it.each(['', '!!', 'a b', 'AA==', encodeMemberCursor('a\u0000b'), encodeMemberCursor('x'.repeat(256))])('refuses %j', (cursor) => {
    expect(decodeMemberCursor(cursor)).toBeNull();
  });
});
