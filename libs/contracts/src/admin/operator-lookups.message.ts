import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { type MemberView } from '../access/member.view';
import type { EnterpriseView } from '../access/enterprise.view';
import { InEnterprise, NoTarget, OutsideEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';

/** `GET /admin/enterprises?q=`: an enterprise by the start of its number or a part of its name; without `q`, every one. */
export class EnterpriseSearchInput extends PageInput {
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}

export class SearchEnterprisesQuery extends OutsideEnterprise(EnterpriseSearchInput) {}
export const SearchEnterprises = defineMessage<SearchEnterprisesQuery, Page<EnterpriseView>>(
  'access.v1.enterprises.search',
  SearchEnterprisesQuery,
);

/** `GET /admin/enterprises/{cbe}/members`: the members as access managers see them, read-only, for platform operators. */
export class InspectMembersQuery extends InEnterprise(NoTarget, PageInput) {}
export const InspectMembers = defineMessage<InspectMembersQuery, Page<MemberView>>('access.v1.members.inspect', InspectMembersQuery);
