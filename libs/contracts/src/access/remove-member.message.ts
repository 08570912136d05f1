import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { MemberTarget } from './member-target.dto';

/** `DELETE /enterprises/{cbe}/members/{userId}`; removing someone who is not a member is a no-op. */
export class RemoveMemberCommand extends InEnterprise(MemberTarget, NoInput) {}

export interface RemoveMemberReply {
  removed: boolean;
}

export const RemoveMember = defineMessage<RemoveMemberCommand, RemoveMemberReply>('access.v1.member.remove', RemoveMemberCommand);
