import { plainToInstance, Type } from 'class-transformer';
import {
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import type { DelegationEventData, RelaunchAllowance } from './delegation.events';
import { DelegationParty, DelegationStatus, type DelegationView } from './delegation.view';

/** `data.delegation` of a delegation event, as a class consumers re-validate against (documented in docs/asyncapi.yaml). */
export class DelegationSnapshot implements DelegationView {
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
}

/** `data.actor`: absent members for the system's own transitions (expiry). */
export class DelegationEventActor {
  /** @deprecated Never sent since the public stream carries no personal data (docs/security.md); kept so v1 stays additive. */
  @IsOptional()
  @IsString()
  userId?: string;

  @IsOptional()
  @IsEnterpriseNumber()
  enterpriseNumber?: string;

  @IsOptional()
  @IsEnum(DelegationParty)
  party?: DelegationParty;
}

/** `data.intermediaryRelaunches`: the intermediary's relaunches used towards this company and quality, and the limit. */
export class DelegationRelaunchAllowance implements RelaunchAllowance {
  @IsInt()
  @Min(0)
  used!: number;

  @IsInt()
  @Min(0)
  limit!: number;
}

export class DelegationEventPayload implements DelegationEventData {
  @IsObject()
  @ValidateNested()
  @Type(() => DelegationSnapshot)
  delegation!: DelegationSnapshot;

  @IsObject()
  @ValidateNested()
  @Type(() => DelegationEventActor)
  actor!: DelegationEventActor;

  /** @deprecated Never sent since the public stream carries no free text (docs/security.md); kept so v1 stays additive. */
  @IsOptional()
  @IsString()
  reason?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  previousScopes?: string[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DelegationRelaunchAllowance)
  intermediaryRelaunches?: DelegationRelaunchAllowance;
}

/**
 * Re-validates the `data` of a delegation event before a consumer acts on it. Unknown members are tolerated,
 * so an additive change of the contract never breaks a consumer.
 */
export function readDelegationEventData(data: unknown): DelegationEventData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('delegation event data must be an object');
  const payload = plainToInstance(DelegationEventPayload, data);
  const errors = validateSync(payload, { forbidUnknownValues: false });
  if (errors.length > 0) throw new Error(`invalid delegation event data: ${errors.flatMap((error) => faultsOf(error, '')).join('; ')}`);
  return payload;
}

function faultsOf(error: ValidationError, parent: string): string[] {
  const name = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((constraint) => `${name}: ${constraint}`);
  return [...own, ...(error.children ?? []).flatMap((child) => faultsOf(child, name))];
}
