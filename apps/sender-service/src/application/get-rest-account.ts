import { type GetRestAccountQuery, type GetSenderRestAccountQuery, ProblemException, type RestAccountView } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RestAccount } from '../persistence/rest-account.entity';
import { restAccountView } from './sender-views';

@Injectable()
export class GetRestAccountUseCase {
  constructor(private readonly orm: MikroORM) {}

  /** Service-to-service: any account by id (the delegation-service checks which company holds it). */
  async byId(request: GetRestAccountQuery): Promise<RestAccountView> {
    const account = await (this.orm.em.fork() as EntityManager).findOne(
      RestAccount,
      { id: request.restAccountId },
      { populate: ['sender'] },
    );
    if (!account) throw ProblemException.of('resourceNotFound', `There is no REST account ${request.restAccountId}.`);
    return restAccountView(account);
  }

  /** For a person: only an account of the acting enterprise's own sender; any other is "not found". */
  async ofOwnSender(request: GetSenderRestAccountQuery): Promise<RestAccountView> {
    const account = await (this.orm.em.fork() as EntityManager).findOne(
      RestAccount,
      { id: request.target.accountId, sender: { enterpriseNumber: request.enterpriseNumber, senderNumber: request.target.senderNumber } },
      { populate: ['sender'] },
    );
    if (!account)
      throw ProblemException.of(
        'resourceNotFound',
        `Sender ${request.target.senderNumber} of enterprise ${request.enterpriseNumber} has no REST account ${request.target.accountId}.`,
      );
    return restAccountView(account);
  }
}
