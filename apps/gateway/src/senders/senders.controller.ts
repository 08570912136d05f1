import {
  Capability,
  CreateSender,
  CreateSenderBody,
  GetSender,
  ListSenders,
  PageQuery,
  ReplaceTechnicalContact,
  SenderDetail,
  SenderView,
  TechnicalContact,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Created } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Conditional, IfMatch, Tagged } from '../http/entity-tag';
import { Requires } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf, type Linked } from '../http/collection';
import { EnterprisePath } from '../http/enterprise.path';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { SenderPath } from './sender.paths';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('senders')
@Controller('enterprises/:cbe/senders')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class SendersController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @Created(SenderView, (sender) => sender.senderNumber)
  @ApiOperation({ summary: 'Create the sender of the enterprise for one quality it holds, with its technical contact.' })
  create(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidBody(CreateSenderBody) body: CreateSenderBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<SenderView> {
    return this.bus.send(CreateSender, envelope(principal, path, body), { idempotencyKey });
  }

  @Get()
  @Answers(CollectionOf(SenderView, { href: true }))
  @ApiOperation({ summary: "The enterprise's senders, oldest first." })
  async list(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(PageQuery) page: PageQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<Linked<SenderView>>> {
    return collectionOf(await this.bus.send(ListSenders, envelope(principal, path, page)), request, (sender) => sender.senderNumber);
  }

  @Get(':senderNumber')
  @Tagged(SenderDetail)
  @ApiOperation({ summary: 'One sender of the enterprise, with its technical contact and what may be done on it now (allowedActions).' })
  get(@ValidPath(SenderPath) path: SenderPath, @CurrentPrincipal() principal: Principal): Promise<SenderDetail> {
    return this.bus.send(GetSender, envelope(principal, path));
  }

  @Put(':senderNumber/contact')
  @Tagged(SenderView)
  @Conditional()
  @ApiOperation({
    summary: 'Replace the technical contact: the new person takes the place of the old one (If-Match: the ETag of GET sender).',
  })
  replaceContact(
    @ValidPath(SenderPath) path: SenderPath,
    @ValidBody(TechnicalContact) contact: TechnicalContact,
    @CurrentPrincipal() principal: Principal,
    @IfMatch() expectedVersion?: string,
  ): Promise<SenderView> {
    return this.bus.send(ReplaceTechnicalContact, { ...envelope(principal, path, contact), expectedVersion });
  }
}
