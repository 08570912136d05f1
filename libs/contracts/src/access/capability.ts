/**
 * What a person may want to do in an enterprise. The gateway decides one of these for every protected route
 * (from its copy of the rights); the rules deciding them live in `@chaman/access-policy`.
 */
export enum Capability {
  /** See the enterprise itself (members of it and platform operators). */
  VIEW_ENTERPRISE = 'VIEW_ENTERPRISE',
  /** Appoint, change and remove members (access managers). */
  MANAGE_MEMBERS = 'MANAGE_MEMBERS',
  /** Grant and revoke the technical-channels right (access and group managers). */
  MANAGE_PERMISSIONS = 'MANAGE_PERMISSIONS',
  /** Hold the right `chaman.technical-channels`: senders, channels, REST accounts, certificates, delegations. */
  MANAGE_TECHNICAL_CHANNELS = 'MANAGE_TECHNICAL_CHANNELS',
}

/** The right as people see it in the access-management service. */
export const TECHNICAL_CHANNELS_PERMISSION = 'chaman.technical-channels';
export const TECHNICAL_CHANNELS_PERMISSION_LABEL = 'Chaman - Gestion des canaux techniques';
