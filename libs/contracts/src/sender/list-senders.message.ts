import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { SenderView } from './sender.view';

/** `GET /enterprises/{cbe}/senders`: the enterprise's senders, oldest first. */
export class ListSendersQuery extends InEnterprise(NoTarget, PageInput) {}

export const ListSenders = defineMessage<ListSendersQuery, Page<SenderView>>('sender.v1.senders.list', ListSendersQuery);
