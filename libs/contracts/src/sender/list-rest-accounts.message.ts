import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { RestAccountView } from './rest-account.view';
import { SenderTarget } from './sender-targets';

/** `GET …/senders/{senderNumber}/rest-accounts`: the sender's REST accounts, oldest first. */
export class ListRestAccountsQuery extends InEnterprise(SenderTarget, PageInput) {}

export const ListRestAccounts = defineMessage<ListRestAccountsQuery, Page<RestAccountView>>(
  'sender.v1.rest-accounts.list',
  ListRestAccountsQuery,
);
