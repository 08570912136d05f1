import { nextKeyDue, publishedKeys, signingKeyAt } from './key-rotation';

const MINUTE = 60_000;
const policy = { rotationMs: 60 * MINUTE, publishLeadMs: 10 * MINUTE, retainMs: 11 * MINUTE };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 6) + minutes * MINUTE);

describe('signing key rotation', () => {
  it('makes the first key at once', () => {
    expect(nextKeyDue([], at(0), policy)).toEqual(at(0));
  });

  it('makes no key while the current one is far from its rotation', () => {
    expect(nextKeyDue([{ kid: 'a', signsFrom: at(0) }], at(49), policy)).toBeUndefined();
  });

  it('makes the next key publishLead before the rotation, signing from the rotation time', () => {
    expect(nextKeyDue([{ kid: 'a', signsFrom: at(0) }], at(50), policy)).toEqual(at(60));
  });

  it('makes no second next key while one waits', () => {
    expect(
      nextKeyDue(
        [
          { kid: 'a', signsFrom: at(0) },
          { kid: 'b', signsFrom: at(60) },
        ],
        at(55),
        policy,
      ),
    ).toBeUndefined();
  });

  it("signs with the current key until the next one's time, then with the next", () => {
    const keys = [
      { kid: 'a', signsFrom: at(0) },
      { kid: 'b', signsFrom: at(60) },
    ];
    expect(signingKeyAt(keys, at(59))?.kid).toBe('a');
    expect(signingKeyAt(keys, at(60))?.kid).toBe('b');
  });

  it('publishes the next key before it signs, and the old one until its tokens expired', () => {
    const keys = [
      { kid: 'a', signsFrom: at(0) },
      { kid: 'b', signsFrom: at(60) },
    ];
    expect(publishedKeys(keys, at(55), policy).map((key) => key.kid)).toEqual(['a', 'b']);
    expect(publishedKeys(keys, at(70), policy).map((key) => key.kid)).toEqual(['a', 'b']);
    expect(publishedKeys(keys, at(71), policy).map((key) => key.kid)).toEqual(['b']);
  });
});
