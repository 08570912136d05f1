import { AddChannel, AddChannelBody, Capability, ChannelView, ListChannels, PageInput } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Created } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Requires } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf } from '../http/collection';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { SenderPath } from './sender.paths';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('senders')
@Controller('enterprises/:cbe/senders/:senderNumber/channels')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class ChannelsController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @Created(ChannelView, (channel) => channel.id)
  @ApiOperation({ summary: 'Open a channel (FTP, SFTP with its SSH public key, SOAP, REST); one per type.' })
  add(
    @ValidPath(SenderPath) path: SenderPath,
    @ValidBody(AddChannelBody) body: AddChannelBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<ChannelView> {
    return this.bus.send(AddChannel, envelope(principal, path, body), { idempotencyKey });
  }

  @Get()
  @Answers(CollectionOf(ChannelView))
  @ApiOperation({ summary: "The sender's channels, oldest first." })
  async list(
    @ValidPath(SenderPath) path: SenderPath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<ChannelView>> {
    return collectionOf(await this.bus.send(ListChannels, envelope(principal, path, page)), request);
  }
}
