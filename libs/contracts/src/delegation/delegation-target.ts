import { IsUUID } from 'class-validator';

/** `/enterprises/{cbe}/delegations/{id}`. */
export class DelegationTarget {
  @IsUUID()
  id!: string;
}
