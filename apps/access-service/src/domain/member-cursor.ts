/** The opaque keyset cursor of the members listing: the user id of the last member of the page. */
export function encodeMemberCursor(userId: string): string {
  return Buffer.from(userId, 'utf8').toString('base64url');
}

export function decodeMemberCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const userId = Buffer.from(cursor, 'base64url').toString('utf8');
  return userId.length > 0 && encodeMemberCursor(userId) === cursor ? userId : null;
}
