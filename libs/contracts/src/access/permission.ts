import { TECHNICAL_CHANNELS_PERMISSION } from './capability';

/** The permissions a manager may grant or revoke in the access-service (today: the Chaman right alone). */
export const GRANTABLE_PERMISSIONS = [TECHNICAL_CHANNELS_PERMISSION] as const;
export type GrantablePermission = (typeof GRANTABLE_PERMISSIONS)[number];
