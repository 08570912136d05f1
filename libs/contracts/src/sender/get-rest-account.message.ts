import { IsUUID } from 'class-validator';
import { defineMessage } from '../bus/message';
import type { RestAccountView } from './rest-account.view';

/** Service-to-service query (no actor): the REST account, or a `resourceNotFound` problem. */
export class GetRestAccountQuery {
  @IsUUID()
  restAccountId!: string;
}

export const GetRestAccount = defineMessage<GetRestAccountQuery, RestAccountView>('sender.v1.rest-account.get', GetRestAccountQuery);
