import { defineMessage } from '../bus/message';
import type { Page, PageQuery } from '../pagination/page';
import type { ChannelView } from './channel.view';
import { PageField } from './page-field';
import { SenderScoped } from './sender-scopes';

export class ListChannelsRequest extends SenderScoped {
  @PageField()
  page?: PageQuery;
}

export const ListChannels = defineMessage<ListChannelsRequest, Page<ChannelView>>('sender.v1.channels.list', ListChannelsRequest);
