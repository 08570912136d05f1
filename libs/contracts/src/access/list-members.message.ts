import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import type { MemberView } from './member.view';

/** `GET /enterprises/{cbe}/members`: one keyset page of members, ordered by user id. */
export class ListMembersQuery extends InEnterprise(NoTarget, PageQuery) {}

export const ListMembers = defineMessage<ListMembersQuery, Page<MemberView>>('access.v1.members.list', ListMembersQuery);
