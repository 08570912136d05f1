import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { RestAccountView } from './rest-account.view';
import { SenderRestAccountTarget } from './sender-targets';

/**
 * `POST …/senders/{senderNumber}/rest-accounts/{accountId}/close`: the account stops for good (its certificates
 * become inactive, its live delegations end as `ACCOUNT_CLOSED`); it stays readable, its client id is never reused.
 */
export class CloseRestAccountCommand extends InEnterprise(SenderRestAccountTarget, NoInput) {}

export const CloseRestAccount = defineMessage<CloseRestAccountCommand, RestAccountView>(
  'sender.v1.rest-account.close',
  CloseRestAccountCommand,
);
