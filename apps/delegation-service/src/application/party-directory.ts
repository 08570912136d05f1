import { GetEnterprise, GetRestAccount, isProblem, ProblemException } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Injectable } from '@nestjs/common';
import type { AccountFacts, PartyFacts, RequestedDelegation, RequestFacts } from '../domain/delegation-request-rules';
import { PartyProjection } from '../projection/party-projection';

/**
 * The facts of the parties and the account: from the service's own projection of the access and sender events,
 * and — only for a fact it does not hold yet — asked of the access- or sender-service over the bus.
 */
@Injectable()
export class PartyDirectory {
  constructor(
    private readonly bus: BusClient,
    private readonly projection: PartyProjection,
  ) {}

  async factsOf(request: RequestedDelegation): Promise<RequestFacts> {
    const [company, intermediary, account] = await Promise.all([
      this.enterprise(request.companyEnterpriseNumber),
      this.enterprise(request.intermediaryEnterpriseNumber),
      this.restAccount(request.restAccountId),
    ]);
    return { company, intermediary, account };
  }

  async enterprise(enterpriseNumber: string): Promise<PartyFacts | null> {
    return this.projection.enterprise(enterpriseNumber) ?? orNullWhenMissing(this.bus.send(GetEnterprise, { enterpriseNumber }));
  }

  async restAccount(restAccountId: string): Promise<AccountFacts | null> {
    return this.projection.account(restAccountId) ?? orNullWhenMissing(this.bus.send(GetRestAccount, { restAccountId }));
  }
}

/** `resourceNotFound` becomes `null`; an unavailable or failing service stays the problem it is. */
async function orNullWhenMissing<T>(reply: Promise<T>): Promise<T | null> {
  try {
    return await reply;
  } catch (error) {
    const problem = error instanceof ProblemException ? error.problem : isProblem(error) ? error : null;
    if (problem?.code === 'resourceNotFound') return null;
    throw error;
  }
}
