import { type DelegationView, type GetDelegationStateQuery, ProblemException } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { delegationById } from '../persistence/delegation-by-id';

/**
 * A delegation's current state, for the services whose copy of it came from an event they cannot trust (the
 * sender-service asks it before opening a grant, on every accept): one prepared read, no entity (docs/benchmark.md).
 */
@Injectable()
export class GetDelegationStateUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute({ delegationId }: GetDelegationStateQuery): Promise<DelegationView> {
    const delegation = await delegationById(this.orm, delegationId);
    if (!delegation) throw ProblemException.of('resourceNotFound', `No delegation ${delegationId}.`);
    return delegation;
  }
}
