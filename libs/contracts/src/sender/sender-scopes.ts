import { IsUUID } from 'class-validator';
import { EnterpriseScoped } from '../bus/enterprise-scoped';
import { IsSenderNumber } from './sender-number';

/** `/enterprises/{cbe}/senders/{senderNumber}`. */
export class SenderScoped extends EnterpriseScoped {
  @IsSenderNumber()
  senderNumber!: string;
}

/** `/enterprises/{cbe}/rest-accounts/{accountId}`. */
export class RestAccountScoped extends EnterpriseScoped {
  @IsUUID()
  restAccountId!: string;
}
