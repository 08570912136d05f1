import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import type { SenderView } from './sender.view';

/** `GET /enterprises/{cbe}/senders`: the enterprise's senders, oldest first. */
export class ListSendersRequest extends InEnterprise(NoTarget, PageQuery) {}

export const ListSenders = defineMessage<ListSendersRequest, Page<SenderView>>('sender.v1.senders.list', ListSendersRequest);
