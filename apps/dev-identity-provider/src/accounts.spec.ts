import { profileFrom, validLogin } from './accounts';

describe('a development login', () => {
  it('derives name and e-mail from the user id when the form leaves them empty', () => {
    expect(profileFrom('alice.martin', '', '', false)).toEqual({
      sub: 'alice.martin',
      name: 'Alice Martin',
      email: 'alice.martin@dev.chaman.example',
      roles: [],
    });
    expect(profileFrom('bob@softhouse.example', ' ', '', true)).toEqual({
      sub: 'bob@softhouse.example',
      name: 'Bob',
      email: 'bob@softhouse.example',
      roles: ['chaman-admin'],
    });
  });

  it('keeps what the form gives', () => {
    expect(profileFrom('op-1', 'Olga Operator', 'olga@portal.example', true)).toMatchObject({
      name: 'Olga Operator',
      email: 'olga@portal.example',
    });
  });

  it('accepts user ids of letters, digits and . _ @ + - only', () => {
    expect(validLogin('alice.martin-2@x.example')).toBe(true);
    expect(validLogin('')).toBe(false);
    expect(validLogin('a b')).toBe(false);
    expect(validLogin('<script>')).toBe(false);
  });
});
