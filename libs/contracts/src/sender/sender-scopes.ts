import { IsUUID } from 'class-validator';
import { Actor, ActorField } from '../bus/actor.dto';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { IsSenderNumber } from './sender-number';

/** A request made by a person acting for the enterprise of the path (`/enterprises/{cbe}`). */
export class EnterpriseScoped {
  @ActorField()
  actor!: Actor;

  @IsEnterpriseNumber()
  enterpriseNumber!: string;
}

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
