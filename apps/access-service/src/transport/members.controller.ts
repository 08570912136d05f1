import {
  AppointMember,
  AppointMemberCommand,
  type AppointMemberReply,
  GrantPermission,
  InspectMembers,
  InspectMembersQuery,
  ListMembers,
  ListMembersQuery,
  type MemberView,
  type Page,
  PermissionCommand,
  type PermissionView,
  RemoveMember,
  RemoveMemberCommand,
  type RemoveMemberReply,
  RevokePermission,
} from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AppointMemberUseCase } from '../application/appoint-member';
import { ChangePermissionUseCase } from '../application/change-permission';
import { ListMembersUseCase } from '../application/list-members';
import { RemoveMemberUseCase } from '../application/remove-member';

@Controller()
export class MembersController {
  constructor(
    private readonly listing: ListMembersUseCase,
    private readonly appointment: AppointMemberUseCase,
    private readonly removal: RemoveMemberUseCase,
    private readonly permissions: ChangePermissionUseCase,
  ) {}

  @OnMessage(ListMembers)
  list(@Payload() query: ListMembersQuery): Promise<Page<MemberView>> {
    return this.listing.execute(query);
  }

  @OnMessage(InspectMembers)
  inspect(@Payload() query: InspectMembersQuery): Promise<Page<MemberView>> {
    return this.listing.execute(query, true);
  }

  @OnMessage(AppointMember)
  appoint(@Payload() command: AppointMemberCommand): Promise<AppointMemberReply> {
    return this.appointment.execute(command);
  }

  @OnMessage(RemoveMember)
  remove(@Payload() command: RemoveMemberCommand): Promise<RemoveMemberReply> {
    return this.removal.execute(command);
  }

  @OnMessage(GrantPermission)
  grant(@Payload() command: PermissionCommand): Promise<PermissionView> {
    return this.permissions.execute(command, true);
  }

  @OnMessage(RevokePermission)
  revoke(@Payload() command: PermissionCommand): Promise<PermissionView> {
    return this.permissions.execute(command, false);
  }
}
