import { Module } from '@nestjs/common';
import { AppointMemberUseCase } from './application/appoint-member';
import { ChangePermissionUseCase } from './application/change-permission';
import { HandOverChiefUseCase } from './application/hand-over-chief';
import { ListMembersUseCase } from './application/list-members';
import { RemoveMemberUseCase } from './application/remove-member';
import { AuthorizationModule } from './authorization.module';
import { ChiefController } from './transport/chief.controller';
import { MembersController } from './transport/members.controller';

/** Members, their positions and their rights, managed by the enterprise's own managers. */
@Module({
  imports: [AuthorizationModule],
  controllers: [MembersController, ChiefController],
  providers: [ListMembersUseCase, AppointMemberUseCase, RemoveMemberUseCase, ChangePermissionUseCase, HandOverChiefUseCase],
})
export class MembersModule {}
