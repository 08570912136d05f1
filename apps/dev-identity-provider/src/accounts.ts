export const OPERATOR_ROLE = 'chaman-admin';

/** What the login form says about a person; empty name and e-mail are derived from the login. */
export interface Profile {
  sub: string;
  name: string;
  email: string;
  roles: string[];
}

const LOGIN = /^[A-Za-z0-9._@+-]{1,255}$/;

export function validLogin(login: string): boolean {
  return LOGIN.test(login);
}

/** `alice.martin` → "Alice Martin", `alice.martin@dev.chaman.example`. */
export function profileFrom(login: string, name: string, email: string, operator: boolean): Profile {
  const local = login.split('@')[0];
  const derivedName = local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
  const derivedEmail = login.includes('@') ? login : `${local}@dev.chaman.example`;
  return {
    sub: login,
    name: name.trim() || derivedName || login,
    email: email.trim() || derivedEmail,
    roles: operator ? [OPERATOR_ROLE] : [],
  };
}

/** People as they last logged in, in memory: a restart forgets them, and their next login says who they are again. */
export class Accounts {
  private readonly profiles = new Map<string, Profile>();

  remember(profile: Profile): void {
    this.profiles.set(profile.sub, profile);
  }

  find(sub: string): Profile {
    return this.profiles.get(sub) ?? profileFrom(sub, '', '', false);
  }
}
