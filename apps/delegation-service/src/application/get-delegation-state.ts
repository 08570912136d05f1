import { type DelegationView, type GetDelegationStateQuery, ProblemException } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Delegation } from '../persistence/delegation.entity';
import { toDelegationView } from '../persistence/delegation-view';

/** A delegation's current state, for the services whose copy of it came from an event they cannot trust. */
@Injectable()
export class GetDelegationStateUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute({ delegationId }: GetDelegationStateQuery): Promise<DelegationView> {
    const delegation = await (this.orm.em.fork() as EntityManager).findOne(Delegation, { id: delegationId });
    if (!delegation) throw ProblemException.of('resourceNotFound', `No delegation ${delegationId}.`);
    return toDelegationView(delegation);
  }
}
