/**
 * What a person may want to do in an enterprise. The gateway asks the access-service for a decision on one
 * of these for every protected route; the rules deciding them live in the access-service alone.
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
