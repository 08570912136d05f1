import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type ChannelView, ChannelType } from './channel.view';
import { SenderTarget } from './sender-targets';

/** Longest OpenSSH public key line accepted (an RSA 16384-bit key is about 2,800 characters). */
export const SSH_PUBLIC_KEY_MAX_LENGTH = 8_192;

/** Body of `POST …/senders/{senderNumber}/channels`; `sshPublicKey` is required for SFTP and refused otherwise. */
export class AddChannelBody {
  @IsEnum(ChannelType)
  type!: ChannelType;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(SSH_PUBLIC_KEY_MAX_LENGTH)
  sshPublicKey?: string;
}

/** `POST …/senders/{senderNumber}/channels`. */
export class AddChannelCommand extends InEnterprise(SenderTarget, AddChannelBody) {}

export const AddChannel = defineMessage<AddChannelCommand, ChannelView>('sender.v1.channel.add', AddChannelCommand);
