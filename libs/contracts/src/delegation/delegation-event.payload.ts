import { plainToInstance } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsString, validateSync, type ValidationError } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Nested } from '../validation/nested';
import type { DelegationEventData } from './delegation.events';
import { DelegationParty, DelegationRelaunchAllowance, DelegationView } from './delegation.view';

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

export class DelegationEventPayload implements DelegationEventData {
  @Nested(() => DelegationView)
  delegation!: DelegationView;

  @Nested(() => DelegationEventActor)
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
  @Nested(() => DelegationRelaunchAllowance)
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
