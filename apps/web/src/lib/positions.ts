import type { Position } from '@chaman/contracts';

// @chaman/access-policy's isAccessManager / isPermissionManager on the wire's strings: the client imports no server rules.
const ACCESS_MANAGERS: readonly string[] = ['CHIEF_ACCESS_MANAGER', 'ACCESS_MANAGER'] satisfies `${Position}`[];

/** (Chief) access managers: they list and appoint members, and hold the technical-channels right by position. */
export const isAccessManager = (position: string): boolean => ACCESS_MANAGERS.includes(position);

/** Access and group managers: they grant and withdraw the technical-channels right. */
export const isPermissionManager = (position: string): boolean =>
  isAccessManager(position) || position === ('GROUP_MANAGER' satisfies `${Position}`);
