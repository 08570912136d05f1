import { ValidateNested } from 'class-validator';
import { Actor, ActorField } from '../bus/actor.dto';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { type Page, PageQuery } from '../pagination/page';
import type { MemberView } from './member.view';

/** `GET /enterprises/{cbe}/members`: one keyset page of members, ordered by user id. */
export class ListMembersQuery extends PageQuery {
  @ActorField()
  actor!: Actor;

  @IsEnterpriseNumber()
  enterpriseNumber!: string;
}

export const ListMembers = defineMessage<ListMembersQuery, Page<MemberView>>('access.v1.members.list', ListMembersQuery);
