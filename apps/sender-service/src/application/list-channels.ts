import type { ChannelView, ListChannelsQuery, Page } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Channel } from '../persistence/channel.entity';
import { afterKeyset, keysetOf, keysetOrder, pageOf } from '../persistence/keyset-page';
import { ownSender } from './sender-lookup';
import { channelView } from './sender-views';

@Injectable()
export class ListChannelsUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: ListChannelsQuery): Promise<Page<ChannelView>> {
    const em = this.orm.em.fork() as EntityManager;
    const keyset = keysetOf(request.input);
    const sender = await ownSender(em, request.enterpriseNumber, request.target.senderNumber);
    const rows = await em.find(Channel, { sender, ...afterKeyset(keyset) }, { orderBy: keysetOrder, limit: keyset.limit + 1 });
    return pageOf(rows, keyset, channelView);
  }
}
