import { IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import { Nested, NestedList } from '../validation/nested';
import { DelegationAction } from './delegation-action';

export enum DelegationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  RENOUNCED = 'RENOUNCED',
  /** Added in v1: the company closed the REST account, which ends every live delegation on it. */
  ACCOUNT_CLOSED = 'ACCOUNT_CLOSED',
  /** Added in v1: the end date the company set was reached. */
  ENDED = 'ENDED',
}

/** Which party of a delegation acted or initiated. */
export enum DelegationParty {
  COMPANY = 'COMPANY',
  INTERMEDIARY = 'INTERMEDIARY',
}

/** The party across from `party` in the same delegation. */
export function otherParty(party: DelegationParty): DelegationParty {
  return party === DelegationParty.COMPANY ? DelegationParty.INTERMEDIARY : DelegationParty.COMPANY;
}

/**
 * A delegation as clients and downstream systems see it (the state after the last change): the API's answer and
 * `data.delegation` of the delegation events (documented in docs/asyncapi.yaml).
 */
export class DelegationView {
  @IsUUID()
  id!: string;

  @IsEnum(DelegationStatus)
  status!: DelegationStatus;

  @IsEnum(DelegationParty)
  initiatedBy!: DelegationParty;

  @IsEnterpriseNumber()
  companyEnterpriseNumber!: string;

  @IsEnum(Quality)
  companyQuality!: Quality;

  @IsEnterpriseNumber()
  intermediaryEnterpriseNumber!: string;

  @IsUUID()
  restAccountId!: string;

  @IsArray()
  @IsString({ each: true })
  scopes!: string[];

  @IsInt()
  @Min(0)
  relaunchCount!: number;

  @IsISO8601()
  createdAt!: string;

  @IsISO8601()
  updatedAt!: string;

  /** Only while `PENDING`. */
  @IsOptional()
  @IsISO8601()
  expiresAt?: string;

  /** Added in v1: when the delegation ends, if the company set an end date. */
  @IsOptional()
  @IsISO8601()
  endsOn?: string;
}

/**
 * A delegation as `GET …/delegations` and `GET …/delegations/{id}` answer: with the parties' names as registered
 * (added in v1, optional), absent while the delegation-service has not yet seen the enterprise's registration.
 * Events and the answers to commands carry the bare DelegationView.
 */
export class NamedDelegationView extends DelegationView {
  @IsOptional()
  @IsString()
  companyName?: string;

  @IsOptional()
  @IsString()
  intermediaryName?: string;

  /**
   * What the enterprise in the address may do now, as the service's lifecycle allows its side (added in v1,
   * optional): `CHANGE_SCOPES` is `PATCH …/delegations/{id}`, the others `POST …/delegations/{id}/<action>`.
   */
  @IsOptional()
  @IsArray()
  @IsEnum(DelegationAction, { each: true })
  allowedActions?: DelegationAction[];
}

/** Relaunches (and new requests after a refusal) used by an intermediary towards one company and quality, and the limit. */
export class DelegationRelaunchAllowance {
  @IsInt()
  @Min(0)
  used!: number;

  @IsInt()
  @Min(0)
  limit!: number;
}

/** One recorded transition: who (person and enterprise, absent for the system's expiry), when, what, why. */
export class DelegationHistoryEntry {
  @IsISO8601()
  at!: string;

  @IsEnum(DelegationAction)
  action!: DelegationAction;

  /** The status after the action. */
  @IsEnum(DelegationStatus)
  status!: DelegationStatus;

  @IsOptional()
  @IsString()
  actorUserId?: string;

  @IsOptional()
  @IsEnterpriseNumber()
  actorEnterpriseNumber?: string;

  @IsOptional()
  @IsEnum(DelegationParty)
  actorParty?: DelegationParty;

  @IsOptional()
  @IsString()
  reason?: string;

  /** The scopes set by the action (request and scope changes). */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  scopes?: string[];
}

/** `GET …/delegations/{id}`: the delegation, its history (oldest first) and the intermediary's relaunch allowance. */
export class DelegationDetail extends NamedDelegationView {
  @NestedList(() => DelegationHistoryEntry)
  history!: DelegationHistoryEntry[];

  /** Relaunches (and new requests after a refusal) the intermediary used towards this company and quality. */
  @Nested(() => DelegationRelaunchAllowance)
  intermediaryRelaunches!: DelegationRelaunchAllowance;

  /** Relaunches the enterprise in the address has left, when it is the intermediary (added in v1); absent for the company, whose relaunches are unlimited. */
  @IsOptional()
  @IsInt()
  @Min(0)
  relaunchesLeft?: number;
}
