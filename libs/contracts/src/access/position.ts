/** A person's position in an enterprise, as in the access-management service. */
export enum Position {
  CHIEF_ACCESS_MANAGER = 'CHIEF_ACCESS_MANAGER',
  ACCESS_MANAGER = 'ACCESS_MANAGER',
  GROUP_MANAGER = 'GROUP_MANAGER',
  USER = 'USER',
}

export const isAccessManager = (position: Position): boolean =>
  position === Position.CHIEF_ACCESS_MANAGER || position === Position.ACCESS_MANAGER;

export const isPermissionManager = (position: Position): boolean => isAccessManager(position) || position === Position.GROUP_MANAGER;
