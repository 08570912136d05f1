import { DelegationTarget } from '@chaman/contracts';
import { EnterprisePathOf } from '../http/enterprise.path';

/** `/enterprises/{cbe}/delegations/{id}` */
export class DelegationPath extends EnterprisePathOf(DelegationTarget) {}
