import {
  Capability,
  CreateRestAccount,
  CreateRestAccountBody,
  GetSenderRestAccount,
  ListRestAccounts,
  PageInput,
  RestAccountView,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Created } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Requires } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf, type Linked } from '../http/collection';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { SenderPath, SenderRestAccountPath } from './sender.paths';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('senders')
@Controller('enterprises/:cbe/senders/:senderNumber/rest-accounts')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class RestAccountsController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @Created(RestAccountView, (account) => account.id)
  @ApiOperation({ summary: 'Create a REST account (name, environment, scopes) with a generated OAuth client id.' })
  create(
    @ValidPath(SenderPath) path: SenderPath,
    @ValidBody(CreateRestAccountBody) body: CreateRestAccountBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<RestAccountView> {
    return this.bus.send(CreateRestAccount, envelope(principal, path, body), { idempotencyKey });
  }

  @Get()
  @Answers(CollectionOf(RestAccountView, { href: true }))
  @ApiOperation({ summary: "The sender's REST accounts, oldest first." })
  async list(
    @ValidPath(SenderPath) path: SenderPath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<Linked<RestAccountView>>> {
    return collectionOf(await this.bus.send(ListRestAccounts, envelope(principal, path, page)), request, (account) => account.id);
  }

  @Get(':accountId')
  @Answers(RestAccountView)
  @ApiOperation({ summary: 'One REST account of the sender.' })
  get(@ValidPath(SenderRestAccountPath) path: SenderRestAccountPath, @CurrentPrincipal() principal: Principal): Promise<RestAccountView> {
    return this.bus.send(GetSenderRestAccount, envelope(principal, path));
  }
}
