import type { ListRestAccountsQuery, Page, RestAccountView } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { afterKeyset, keysetOf, keysetOrder, pageOf } from '../persistence/keyset-page';
import { RestAccount } from '../persistence/rest-account.entity';
import { ownSender } from './sender-lookup';
import { restAccountView } from './sender-views';

@Injectable()
export class ListRestAccountsUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: ListRestAccountsQuery): Promise<Page<RestAccountView>> {
    const em = this.orm.em.fork() as EntityManager;
    const keyset = keysetOf(request.input);
    const sender = await ownSender(em, request.enterpriseNumber, request.target.senderNumber);
    const rows = await em.find(RestAccount, { sender, ...afterKeyset(keyset) }, { orderBy: keysetOrder, limit: keyset.limit + 1 });
    return pageOf(rows, keyset, restAccountView);
  }
}
