import { type EnterpriseView, type Page, ProblemException, type SearchEnterprisesQuery } from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EnterpriseRecord } from '../persistence/enterprise.entity';
import { enterpriseView } from './access-views';

/** The operator's desk: enterprises whose number starts with the digits asked (dots and spaces ignored) or whose name holds the text. */
@Injectable()
export class SearchEnterprisesUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(query: SearchEnterprisesQuery): Promise<Page<EnterpriseView>> {
    if (!query.actor.isOperator) throw ProblemException.of('missingPermission', 'Only platform operators search enterprises.');
    const em = this.orm.em.fork() as EntityManager;
    const text = query.input.q?.trim() ?? '';
    const digits = text.replace(/[.\s]/g, '');
    const matching = !text
      ? {}
      : /^\d+$/.test(digits)
        ? { enterpriseNumber: { $like: `${digits}%` } }
        : { name: { $ilike: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } };
    const after = query.input.cursor === undefined ? {} : { enterpriseNumber: { $gt: decodeCursor(query.input.cursor, ['text'])[0] } };
    const limit = pageLimit(query.input);
    const records = await em.find(
      EnterpriseRecord,
      { $and: [matching, after] },
      { orderBy: { enterpriseNumber: 'asc' }, limit: limit + 1 },
    );
    return pageOf(records, limit, (record) => [record.enterpriseNumber], enterpriseView);
  }
}
