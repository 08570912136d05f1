import { IsEnterpriseNumber } from '@chaman/contracts';
import { IsUUID } from 'class-validator';

/** `/enterprises/{cbe}/delegations/{id}` */
export class DelegationPath {
  @IsEnterpriseNumber()
  cbe!: string;

  @IsUUID()
  id!: string;
}
