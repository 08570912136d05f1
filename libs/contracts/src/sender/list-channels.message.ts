import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import type { ChannelView } from './channel.view';
import { SenderTarget } from './sender-targets';

/** `GET …/senders/{senderNumber}/channels`: the sender's channels, oldest first. */
export class ListChannelsRequest extends InEnterprise(SenderTarget, PageQuery) {}

export const ListChannels = defineMessage<ListChannelsRequest, Page<ChannelView>>('sender.v1.channels.list', ListChannelsRequest);
