import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { SSH_PUBLIC_KEY_MAX_LENGTH } from './add-channel.message';
import type { ChannelView } from './channel.view';
import { SenderChannelTarget } from './sender-targets';

/** Body of `PUT …/senders/{senderNumber}/channels/{channelId}/ssh-public-key`. */
export class SshPublicKeyBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(SSH_PUBLIC_KEY_MAX_LENGTH)
  sshPublicKey!: string;
}

/** `PUT …/channels/{channelId}/ssh-public-key`: the new key replaces the SFTP channel's key at once; the old one stops. */
export class ReplaceSftpKeyCommand extends InEnterprise(SenderChannelTarget, SshPublicKeyBody) {}

export const ReplaceSftpKey = defineMessage<ReplaceSftpKeyCommand, ChannelView>('sender.v1.sftp-key.replace', ReplaceSftpKeyCommand);
