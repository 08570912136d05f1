import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Actor, ActorField } from './actor.dto';

/** A command or query made by a person acting for the enterprise of the path (`/enterprises/{cbe}`). */
export class EnterpriseScoped {
  @ActorField()
  actor!: Actor;

  /** The `{cbe}` of the path. */
  @IsEnterpriseNumber()
  enterpriseNumber!: string;
}
