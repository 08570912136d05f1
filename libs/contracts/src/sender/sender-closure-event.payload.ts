import { IsArray, IsBoolean, IsString, IsUUID } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Nested } from '../validation/nested';
import { ChannelView } from './channel.view';
import { RestAccountView } from './rest-account.view';
import type { ChannelClosedData, RestAccountClosedData, SenderClosedData, SftpKeyReplacedData } from './sender.events';
import { SenderView } from './sender.view';

/* The `data` of the events that end or replace what a sender holds (added in v1), as classes: see sender-event.payload.ts. */

export class RestAccountClosedPayload implements RestAccountClosedData {
  @Nested(() => RestAccountView) restAccount!: RestAccountView;
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() actorEnterpriseNumber!: string;
  @IsArray() @IsEnterpriseNumber({ each: true }) intermediaryEnterpriseNumbers!: string[];
  @IsBoolean() closedWithSender!: boolean;
}

export class ChannelClosedPayload implements ChannelClosedData {
  @Nested(() => ChannelView) channel!: ChannelView;
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() actorEnterpriseNumber!: string;
  @IsBoolean() closedWithSender!: boolean;
}

export class SftpKeyReplacedPayload implements SftpKeyReplacedData {
  @Nested(() => ChannelView) channel!: ChannelView;
  @IsString() previousSshKeyFingerprint!: string;
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() actorEnterpriseNumber!: string;
}

export class SenderClosedPayload implements SenderClosedData {
  @Nested(() => SenderView) sender!: SenderView;
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() actorEnterpriseNumber!: string;
  @IsArray() @IsUUID('all', { each: true }) closedRestAccountIds!: string[];
  @IsArray() @IsUUID('all', { each: true }) closedChannelIds!: string[];
}
