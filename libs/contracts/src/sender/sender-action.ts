/**
 * What may be done on a sender now, as the sender-service's lifecycle allows (added in v1): a closed sender takes
 * nothing new, so it answers none of them. `GET …/senders/{senderNumber}` says which (`allowedActions`).
 */
export enum SenderAction {
  /** `PUT …/contact` */
  REPLACE_CONTACT = 'REPLACE_CONTACT',
  /** `POST …/channels` (and a channel's own changes) */
  ADD_CHANNEL = 'ADD_CHANNEL',
  /** `POST …/rest-accounts` */
  CREATE_REST_ACCOUNT = 'CREATE_REST_ACCOUNT',
  /** `POST …/close` */
  CLOSE = 'CLOSE',
}
