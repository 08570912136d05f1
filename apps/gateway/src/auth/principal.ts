import type { Actor } from '@chaman/contracts';

export const OPERATOR_ROLE = 'chaman-admin';

/** The person behind a verified access token. */
export interface Principal {
  userId: string;
  name?: string;
  email?: string;
  roles: string[];
  isOperator: boolean;
}

export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, isOperator: principal.isOperator };
}
