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
  /** Added in v1: the company set, changed or removed the end date. */
  CHANGE_END_DATE = 'CHANGE_END_DATE',
  /** Added in v1: the end date was reached (taken by the system). */
  END = 'END',
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
