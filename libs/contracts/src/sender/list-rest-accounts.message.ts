import { defineMessage } from '../bus/message';
import type { Page, PageQuery } from '../pagination/page';
import { PageField } from './page-field';
import type { RestAccountView } from './rest-account.view';
import { SenderScoped } from './sender-scopes';

export class ListRestAccountsRequest extends SenderScoped {
  @PageField()
  page?: PageQuery;
}

export const ListRestAccounts = defineMessage<ListRestAccountsRequest, Page<RestAccountView>>('sender.v1.rest-accounts.list', ListRestAccountsRequest);
