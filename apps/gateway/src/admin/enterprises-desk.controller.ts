import {
  EnterpriseSearchInput,
  EnterpriseView,
  GetEnterprise,
  InspectMembers,
  ListSenders,
  MemberView,
  PageInput,
  SearchEnterprises,
  SenderView,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { OperatorOnly } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf } from '../http/collection';
import { EnterprisePath } from '../http/enterprise.path';
import { envelope } from '../http/envelope';
import { ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';

/** The operator's desk: find an enterprise, and see its members and senders read-only (platform operators alone). */
@ApiTags('admin')
@Controller('admin/enterprises')
@OperatorOnly()
export class EnterprisesDeskController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Answers(CollectionOf(EnterpriseView))
  @ApiOperation({
    summary: 'Enterprises whose number starts with `q` (dots and spaces ignored) or whose name contains it (platform operators).',
  })
  async search(
    @ValidQuery(EnterpriseSearchInput) query: EnterpriseSearchInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<EnterpriseView>> {
    return collectionOf(await this.bus.send(SearchEnterprises, envelope(principal, null, query)), request);
  }

  @Get(':cbe/members')
  @Answers(CollectionOf(MemberView))
  @ApiOperation({ summary: "An enterprise's members with their position and right, read-only (platform operators)." })
  async members(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<MemberView>> {
    return collectionOf(await this.bus.send(InspectMembers, envelope(principal, path, page)), request);
  }

  @Get(':cbe/senders')
  @Answers(CollectionOf(SenderView))
  @ApiOperation({ summary: "An enterprise's senders with their technical contact, read-only (platform operators)." })
  async senders(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<SenderView>> {
    // An unknown enterprise is a 404, not an empty list.
    await this.bus.send(GetEnterprise, { enterpriseNumber: path.cbe });
    return collectionOf(await this.bus.send(ListSenders, envelope(principal, path, page)), request);
  }
}
