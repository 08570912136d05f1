import { IsOptional, IsString, MaxLength } from 'class-validator';
import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { MemberView } from './member.view';

/** Query of `GET /enterprises/{cbe}/members`: a page, or the one member of a login id. */
export class ListMembersInput extends PageInput {
  /** Only the member with this login id, if any (added in v1): whether someone is a member, without reading the list. */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  userId?: string;
}

/** `GET /enterprises/{cbe}/members`: one keyset page of members, ordered by user id. */
export class ListMembersQuery extends InEnterprise(NoTarget, ListMembersInput) {}

export const ListMembers = defineMessage<ListMembersQuery, Page<MemberView>>('access.v1.members.list', ListMembersQuery);
