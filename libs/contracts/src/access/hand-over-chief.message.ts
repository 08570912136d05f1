import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { MemberView } from './member.view';

/** Body of `PUT /enterprises/{cbe}/chief-access-manager`: the member who becomes chief. */
export class HandOverChiefBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;
}

/**
 * The chief access manager hands the role to another member, or a platform operator does it when the chief has
 * left; the previous chief stays an access manager. The reply is the new chief.
 */
export class HandOverChiefCommand extends InEnterprise(NoTarget, HandOverChiefBody) {}

export const HandOverChief = defineMessage<HandOverChiefCommand, MemberView>('access.v1.chief.hand-over', HandOverChiefCommand);
