import type { ExistingSender, FindSendersOfEnterprisesQuery } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** Behind `GET /me`: the senders that already exist, so the access-service can propose the missing ones. */
@Injectable()
export class FindSendersOfEnterprisesUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: FindSendersOfEnterprisesQuery): Promise<ExistingSender[]> {
    if (request.enterpriseNumbers.length === 0) return [];
    // Plain rows in one statement: `GET /me` runs on every page load and the entities add nothing here.
    return (this.orm.em.fork() as EntityManager).execute<ExistingSender[]>(
      `select enterprise_number as "enterpriseNumber", quality, sender_number as "senderNumber"
         from sender where enterprise_number in (?) order by enterprise_number, quality`,
      [request.enterpriseNumbers],
    );
  }
}
