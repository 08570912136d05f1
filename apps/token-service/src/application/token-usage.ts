import { type GetTokenUsageQuery, ProblemException, type TokenUsageView } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { usageOf } from '../persistence/certificate-usage';
import { mayConsultAccount } from '../persistence/projection';

/** When the certificates {cbe} owns on the account last obtained a token: the REST account page shows which one is in use. */
@Injectable()
export class TokenUsageUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: GetTokenUsageQuery): Promise<TokenUsageView> {
    const em = this.orm.em.fork() as EntityManager;
    const { accountId } = request.target;
    const allowed = await mayConsultAccount(em, accountId, request.enterpriseNumber);
    // An account the projection has not seen (none, or created a moment ago) is answered like another's: nothing
    // tells an enterprise whether an account it does not manage exists (the page shows no usage either way).
    if (!allowed)
      throw ProblemException.of('resourceNotFound', `No REST account ${accountId} is managed by enterprise ${request.enterpriseNumber}.`);
    return { accountId, certificates: await usageOf(em, accountId, request.enterpriseNumber) };
  }
}
