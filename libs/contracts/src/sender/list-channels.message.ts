import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { ChannelView } from './channel.view';
import { SenderTarget } from './sender-targets';

/** `GET …/senders/{senderNumber}/channels`: the sender's channels, oldest first. */
export class ListChannelsQuery extends InEnterprise(SenderTarget, PageInput) {}

export const ListChannels = defineMessage<ListChannelsQuery, Page<ChannelView>>('sender.v1.channels.list', ListChannelsQuery);
