import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import type { RestAccountView } from './rest-account.view';
import { SenderTarget } from './sender-targets';

/** `GET …/senders/{senderNumber}/rest-accounts`: the sender's REST accounts, oldest first. */
export class ListRestAccountsRequest extends InEnterprise(SenderTarget, PageQuery) {}

export const ListRestAccounts = defineMessage<ListRestAccountsRequest, Page<RestAccountView>>(
  'sender.v1.rest-accounts.list',
  ListRestAccountsRequest,
);
