import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Actor, ActorField } from '../bus/actor.dto';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { type ChannelView, ChannelType } from './channel.view';
import { IsSenderNumber } from './sender-number';

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

export class AddChannelCommand extends AddChannelBody {
  @ActorField()
  actor!: Actor;

  @IsEnterpriseNumber()
  enterpriseNumber!: string;

  @IsSenderNumber()
  senderNumber!: string;
}

export const AddChannel = defineMessage<AddChannelCommand, ChannelView>('sender.v1.channel.add', AddChannelCommand);
