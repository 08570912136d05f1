import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { RestAccountView } from './rest-account.view';
import { SenderRestAccountTarget } from './sender-targets';

/** `GET …/senders/{senderNumber}/rest-accounts/{accountId}`: the account of the acting enterprise's sender. */
export class GetSenderRestAccountQuery extends InEnterprise(SenderRestAccountTarget, NoInput) {}

export const GetSenderRestAccount = defineMessage<GetSenderRestAccountQuery, RestAccountView>(
  'sender.v1.sender-rest-account.get',
  GetSenderRestAccountQuery,
);
