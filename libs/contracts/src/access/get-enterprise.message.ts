import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import type { EnterpriseView } from './enterprise.view';

/** Service-to-service query (no actor): the enterprise, or a `resourceNotFound` problem. */
export class GetEnterpriseQuery {
  @IsEnterpriseNumber()
  enterpriseNumber!: string;
}

export const GetEnterprise = defineMessage<GetEnterpriseQuery, EnterpriseView>('access.v1.enterprise.get', GetEnterpriseQuery);
