import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { ChannelView } from './channel.view';
import { SenderChannelTarget } from './sender-targets';

/** `DELETE …/senders/{senderNumber}/channels/{channelId}`: the channel ends (an SFTP key with it); the reply is the channel as it was. */
export class CloseChannelCommand extends InEnterprise(SenderChannelTarget, NoInput) {}

export const CloseChannel = defineMessage<CloseChannelCommand, ChannelView>('sender.v1.channel.close', CloseChannelCommand);
