import { Type } from 'class-transformer';
import { IsObject, IsUUID, ValidateNested } from 'class-validator';
import { Actor } from '../bus/actor.dto';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';

/** A delegation request or query made by a person acting for the enterprise of the path (`/enterprises/{cbe}`). */
export class ActingEnterprise {
  @IsObject()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  /** The `{cbe}` of the path: must be a party of the delegation it touches. */
  @IsEnterpriseNumber()
  enterpriseNumber!: string;
}

/** `/enterprises/{cbe}/delegations/{id}`. */
export class DelegationTarget extends ActingEnterprise {
  @IsUUID()
  delegationId!: string;
}
