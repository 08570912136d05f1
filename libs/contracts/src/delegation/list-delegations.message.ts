import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { type Page, PageInput } from '../pagination/page';
import { DelegationStatus, type NamedDelegationView } from './delegation.view';

/** Which side of its delegations the acting enterprise lists. */
export enum DelegationSide {
  COMPANY = 'company',
  INTERMEDIARY = 'intermediary',
}

/** Who initiated, seen from the acting enterprise: `received` requests came from the other party (to answer), `sent` from its own side. */
export enum DelegationDirection {
  RECEIVED = 'received',
  SENT = 'sent',
}

/** Query of `GET /enterprises/{cbe}/delegations`: newest first, keyset-paginated. */
export class ListDelegationsInput extends PageInput {
  @IsOptional()
  @IsEnum(DelegationStatus)
  status?: DelegationStatus;

  /** `company`: the delegations `{cbe}` gives; `intermediary`: those it receives; absent: both. */
  @IsOptional()
  @IsEnum(DelegationSide)
  side?: DelegationSide;

  /** Enterprise number of the other party. */
  @IsOptional()
  @IsEnterpriseNumber()
  counterpart?: string;

  /** `received` or `sent` (added in v1); absent: both. */
  @IsOptional()
  @IsEnum(DelegationDirection)
  direction?: DelegationDirection;

  /** The other party's name or enterprise number, or a part of either (added in v1). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class ListDelegationsQuery extends InEnterprise(NoTarget, ListDelegationsInput) {}

export const ListDelegations = defineMessage<ListDelegationsQuery, Page<NamedDelegationView>>(
  'delegation.v1.delegations.list',
  ListDelegationsQuery,
);
