import type { ListSendersQuery, Page, SenderView } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { afterKeyset, keysetOf, keysetOrder, pageOf } from '../persistence/keyset-page';
import { Sender } from '../persistence/sender.entity';
import { senderView } from './sender-views';

@Injectable()
export class ListSendersUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: ListSendersQuery): Promise<Page<SenderView>> {
    const em = this.orm.em.fork() as EntityManager;
    const keyset = keysetOf(request.input);
    const rows = await em.find(
      Sender,
      { enterpriseNumber: request.enterpriseNumber, ...afterKeyset(keyset) },
      { orderBy: keysetOrder, limit: keyset.limit + 1 },
    );
    return pageOf(rows, keyset, senderView);
  }
}
