/** What happened to a delegation: the actions of its history, one CloudEvent type each. */
export enum DelegationAction {
  REQUEST = 'REQUEST',
  ACCEPT = 'ACCEPT',
  REFUSE = 'REFUSE',
  RELAUNCH = 'RELAUNCH',
  CANCEL = 'CANCEL',
  EXPIRE = 'EXPIRE',
  REVOKE = 'REVOKE',
  RENOUNCE = 'RENOUNCE',
  CHANGE_SCOPES = 'CHANGE_SCOPES',
  /** Added in v1: the REST account was closed (taken by the system on the sender-service's event). */
  CLOSE_ACCOUNT = 'CLOSE_ACCOUNT',
}

/** The status changes a party asks for through `POST …/delegations/{id}/<action>`. */
export const PARTY_TRANSITIONS = [
  DelegationAction.ACCEPT,
  DelegationAction.REFUSE,
  DelegationAction.RELAUNCH,
  DelegationAction.CANCEL,
  DelegationAction.REVOKE,
  DelegationAction.RENOUNCE,
] as const;

export type PartyTransition = (typeof PARTY_TRANSITIONS)[number];
