/** As long as the `sub` of an access token may be (the contracts' user id limit). */
const MAX_USER_ID_LENGTH = 255;

/** The opaque keyset cursor of the members listing: the user id of the last member of the page. */
export function encodeMemberCursor(userId: string): string {
  return Buffer.from(userId, 'utf8').toString('base64url');
}

export function decodeMemberCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const userId = Buffer.from(cursor, 'base64url').toString('utf8');
  // Only a user id this API could have stored: a NUL or an over-long one would reach the database as a forged key.
  if (userId.length === 0 || userId.length > MAX_USER_ID_LENGTH || userId.includes('\u0000')) return null;
  return encodeMemberCursor(userId) === cursor ? userId : null;
}
