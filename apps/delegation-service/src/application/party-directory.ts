import { type EnterpriseView, GetEnterprise, GetRestAccount, isProblem, ProblemException, type RestAccountView } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Injectable } from '@nestjs/common';
import type { RequestedDelegation, RequestFacts } from '../domain/delegation-request-rules';

/** What the access-service knows of the parties and the sender-service of the account, asked over the bus. */
@Injectable()
export class PartyDirectory {
  constructor(private readonly bus: BusClient) {}

  async factsOf(request: RequestedDelegation): Promise<RequestFacts> {
    const [company, intermediary, account] = await Promise.all([
      this.enterprise(request.companyEnterpriseNumber),
      this.enterprise(request.intermediaryEnterpriseNumber),
      this.restAccount(request.restAccountId),
    ]);
    return { company, intermediary, account };
  }

  enterprise(enterpriseNumber: string): Promise<EnterpriseView | null> {
    return orNullWhenMissing(this.bus.send(GetEnterprise, { enterpriseNumber }));
  }

  restAccount(restAccountId: string): Promise<RestAccountView | null> {
    return orNullWhenMissing(this.bus.send(GetRestAccount, { restAccountId }));
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
