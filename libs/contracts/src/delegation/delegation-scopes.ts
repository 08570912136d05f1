import { IsUUID } from 'class-validator';
import { EnterpriseScoped } from '../bus/enterprise-scoped';

/** `/enterprises/{cbe}/delegations/{id}`. */
export class DelegationTarget extends EnterpriseScoped {
  @IsUUID()
  delegationId!: string;
}
