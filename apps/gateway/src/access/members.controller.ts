import { AppointMember, AppointMemberBody, Capability, ListMembers, ListMembersInput, MemberView, RemoveMember } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Delete, Get, HttpCode, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LocatedWhenCreated } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Requires } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf, type Linked } from '../http/collection';
import { EnterprisePath } from '../http/enterprise.path';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { MemberPath } from './member.path';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('access')
@Controller('enterprises/:cbe/members')
@Requires(Capability.MANAGE_MEMBERS)
export class MembersController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Answers(CollectionOf(MemberView, { href: true }))
  @ApiOperation({ summary: "The enterprise's members with their position and right, by user id (access managers)." })
  async list(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(ListMembersInput) page: ListMembersInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<Linked<MemberView>>> {
    return collectionOf(await this.bus.send(ListMembers, envelope(principal, path, page)), request, (member) => member.userId);
  }

  @Put(':userId')
  @Answers(MemberView)
  @LocatedWhenCreated(MemberView)
  @ApiOperation({ summary: "Appoint a person (201), or change a member's position or details (200) (access managers)." })
  async appoint(
    @ValidPath(MemberPath) path: MemberPath,
    @ValidBody(AppointMemberBody) appointment: AppointMemberBody,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberView> {
    const result = await this.bus.send(AppointMember, envelope(principal, path, appointment));
    void reply.status(result.appointed ? 201 : 200);
    return result.member;
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member; the chief access manager cannot be removed (access managers).' })
  async remove(@ValidPath(MemberPath) path: MemberPath, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.bus.send(RemoveMember, envelope(principal, path));
  }
}
