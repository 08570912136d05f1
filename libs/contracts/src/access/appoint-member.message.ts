import { IsEnum } from 'class-validator';
import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { MemberView } from './member.view';
import { MemberTarget } from './member-target.dto';
import { PersonDetails } from './person-details.dto';
import { Position } from './position';

/** `PUT /enterprises/{cbe}/members/{userId}`: appoints the person, or changes their position or details. */
export class AppointMemberBody extends PersonDetails {
  @IsEnum(Position)
  position!: Position;
}

export class AppointMemberCommand extends InEnterprise(MemberTarget, AppointMemberBody) {}

/** `appointed` tells a new member (201) from a change (200). */
export interface AppointMemberReply {
  member: MemberView;
  appointed: boolean;
}

export const AppointMember = defineMessage<AppointMemberCommand, AppointMemberReply>('access.v1.member.appoint', AppointMemberCommand);
