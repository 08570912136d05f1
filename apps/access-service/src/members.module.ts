import { Module } from '@nestjs/common';
import { AppointMemberUseCase } from './application/appoint-member';
import { ChangePermissionUseCase } from './application/change-permission';
import { ListMembersUseCase } from './application/list-members';
import { RemoveMemberUseCase } from './application/remove-member';
import { AuthorizationModule } from './authorization.module';
import { MembersController } from './transport/members.controller';

/** Members, their positions and their rights, managed by the enterprise's own managers. */
@Module({
  imports: [AuthorizationModule],
  controllers: [MembersController],
  providers: [ListMembersUseCase, AppointMemberUseCase, RemoveMemberUseCase, ChangePermissionUseCase],
})
export class MembersModule {}
