import {
  Capability,
  ChannelView,
  CloseChannel,
  CloseRestAccount,
  CloseSender,
  ReplaceSftpKey,
  RestAccountView,
  SenderView,
  SshPublicKeyBody,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Delete, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Requires } from '../authorization/requires.decorator';
import { envelope } from '../http/envelope';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';
import { SenderChannelPath, SenderPath, SenderRestAccountPath } from './sender.paths';

/**
 * Ending what a sender holds, authorised like creating it. A sender and a REST account are closed by a controller
 * resource (`POST …/close`, Belgif's way for an action that is not a CRUD): they stay readable, dated `closedAt`,
 * and their number or client id is never reused, so `DELETE` (after which the resource is gone) would say
 * otherwise. A channel holds nothing worth keeping and one of its type may be opened again: it is deleted.
 */
@ApiTags('senders')
@Controller('enterprises/:cbe/senders/:senderNumber')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class ClosuresController {
  constructor(private readonly bus: BusClient) {}

  @Post('close')
  @HttpCode(200)
  @Answers(SenderView)
  @ApiOperation({
    summary: 'Close the sender and all it holds (channels, REST accounts, their certificates and delegations); its number is never reused.',
  })
  closeSender(
    @ValidPath(SenderPath) path: SenderPath,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<SenderView> {
    return this.bus.send(CloseSender, envelope(principal, path), { idempotencyKey });
  }

  @Post('rest-accounts/:accountId/close')
  @HttpCode(200)
  @Answers(RestAccountView)
  @ApiOperation({
    summary:
      'Close a REST account: its certificates become inactive and its live delegations end (ACCOUNT_CLOSED, seen by the intermediary).',
  })
  closeRestAccount(
    @ValidPath(SenderRestAccountPath) path: SenderRestAccountPath,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<RestAccountView> {
    return this.bus.send(CloseRestAccount, envelope(principal, path), { idempotencyKey });
  }

  @Delete('channels/:channelId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Close a channel (an SFTP key stops with it); a channel of that type may be opened again.' })
  async closeChannel(@ValidPath(SenderChannelPath) path: SenderChannelPath, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.bus.send(CloseChannel, envelope(principal, path));
  }

  @Put('channels/:channelId/ssh-public-key')
  @Answers(ChannelView)
  @ApiOperation({ summary: "Replace the SFTP channel's SSH public key: the old key stops at once." })
  replaceSftpKey(
    @ValidPath(SenderChannelPath) path: SenderChannelPath,
    @ValidBody(SshPublicKeyBody) body: SshPublicKeyBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ChannelView> {
    return this.bus.send(ReplaceSftpKey, envelope(principal, path, body));
  }
}
