import { ProblemException } from '@chaman/contracts';
import { decodeCursor, encodeCursor, pageLimit, pageOf } from './keyset-cursor';

const issueOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as ProblemException).problem.issues?.[0] ?? null;
  }
};

describe('the one keyset cursor of every listing', () => {
  it.each(['user-1', 'auth0|5f7c', 'élodie@example.test', '["x"]'])('round-trips the text key %j', (userId) => {
    expect(decodeCursor(encodeCursor([userId]), ['text'])).toEqual([userId]);
  });

  it('round-trips an instant and a uuid', () => {
    const key: [Date, string] = [new Date('2026-03-02T09:15:00.123Z'), '0195a3c1-7d4e-7a10-9c2b-4f1e2d3c4b5a'];
    expect(decodeCursor(encodeCursor(key), ['instant', 'uuid'])).toEqual(key);
  });

  it.each([
    ['empty', ''],
    ['not base64url', '!!'],
    ['padded', 'AA=='],
    ['not JSON', Buffer.from('2026|x').toString('base64url')],
    ['a NUL in the text', encodeCursor(['a\u0000b'])],
    ['an over-long text', encodeCursor(['x'.repeat(256)])],
    ['the wrong shape', encodeCursor(['a', 'b'])],
    [
      'a year PostgreSQL cannot store',
      Buffer.from(JSON.stringify(['-200000-01-01T00:00:00.000Z', '0195a3c1-7d4e-7a10-9c2b-4f1e2d3c4b5a'])).toString('base64url'),
    ],
    ['month 13', Buffer.from(JSON.stringify(['2026-13-01T00:00:00.000Z', '0195a3c1-7d4e-7a10-9c2b-4f1e2d3c4b5a'])).toString('base64url')],
  ])('refuses a cursor that is %s with one badRequest issue on input.cursor', (_, cursor) => {
    const shape =
      cursor.length > 0 && !cursor.includes('!') && Buffer.from(cursor, 'base64url').toString().includes('-')
        ? (['instant', 'uuid'] as const)
        : (['text'] as const);
    expect(issueOf(() => decodeCursor(cursor, shape))).toEqual(
      expect.objectContaining({ name: 'input.cursor', detail: expect.stringContaining('next') }),
    );
  });

  it('takes limit, else its Belgif name pageSize, else the default', () => {
    expect(pageLimit({ limit: 5, pageSize: 7 })).toBe(5);
    expect(pageLimit({ pageSize: 7 })).toBe(7);
    expect(pageLimit({})).toBe(20);
  });

  it('gives a next cursor only when a row beyond the page was fetched', () => {
    expect(
      pageOf(
        ['a', 'b', 'c'],
        2,
        (row) => [row],
        (row) => row.toUpperCase(),
      ),
    ).toEqual({ items: ['A', 'B'], nextCursor: encodeCursor(['b']) });
    expect(
      pageOf(
        ['a', 'b'],
        2,
        (row) => [row],
        (row) => row,
      ),
    ).toEqual({ items: ['a', 'b'] });
  });
});
