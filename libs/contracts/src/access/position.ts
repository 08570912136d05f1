/** A person's position in an enterprise, as in the access-management service. */
export enum Position {
  CHIEF_ACCESS_MANAGER = 'CHIEF_ACCESS_MANAGER',
  ACCESS_MANAGER = 'ACCESS_MANAGER',
  GROUP_MANAGER = 'GROUP_MANAGER',
  USER = 'USER',
}
