import { defineMessage } from '../bus/message';
import type { Page, PageQuery } from '../pagination/page';
import { PageField } from './page-field';
import { EnterpriseScoped } from '../bus/enterprise-scoped';
import type { SenderView } from './sender.view';

export class ListSendersRequest extends EnterpriseScoped {
  @PageField()
  page?: PageQuery;
}

export const ListSenders = defineMessage<ListSendersRequest, Page<SenderView>>('sender.v1.senders.list', ListSendersRequest);
