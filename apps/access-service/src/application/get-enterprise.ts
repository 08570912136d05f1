import { type EnterpriseView, ProblemException } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EnterpriseRecord } from '../persistence/enterprise.entity';
import { enterpriseView } from './access-views';

/** An enterprise by its number (the gateway has already decided who may see it). */
@Injectable()
export class GetEnterpriseUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(enterpriseNumber: string): Promise<EnterpriseView> {
    const record = await (this.orm.em.fork() as EntityManager).findOne(EnterpriseRecord, { enterpriseNumber });
    if (!record) throw ProblemException.of('resourceNotFound', `No enterprise ${enterpriseNumber}.`);
    return enterpriseView(record);
  }
}
