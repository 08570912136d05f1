import type { ExistingSender, FindSendersOfEnterprisesRequest } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Sender } from '../persistence/sender.entity';

/** Behind `GET /me`: the senders that already exist, so the access-service can propose the missing ones. */
@Injectable()
export class FindSendersOfEnterprisesUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: FindSendersOfEnterprisesRequest): Promise<ExistingSender[]> {
    if (request.enterpriseNumbers.length === 0) return [];
    const senders = await (this.orm.em.fork() as EntityManager).find(
      Sender,
      { enterpriseNumber: { $in: request.enterpriseNumbers } },
      { fields: ['enterpriseNumber', 'quality', 'senderNumber'], orderBy: { enterpriseNumber: 'asc', quality: 'asc' } },
    );
    return senders.map(({ enterpriseNumber, quality, senderNumber }) => ({ enterpriseNumber, quality, senderNumber }));
  }
}
