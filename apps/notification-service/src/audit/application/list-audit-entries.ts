import type { AuditEntryView, ListAuditEntriesQuery, Page } from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { auditCondition } from '../domain/audit-filters';
import { auditEntriesOf, auditEntryView } from '../persistence/audit-store';

/** `GET /enterprises/{cbe}/audit`: the enterprise's trail, newest first, filtered (the gateway lets access managers alone ask). */
@Injectable()
export class ListAuditEntriesUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: ListAuditEntriesQuery): Promise<Page<AuditEntryView>> {
    const em = this.orm.em.fork() as EntityManager;
    const limit = pageLimit(request.input);
    const after = request.input.cursor === undefined ? null : decodeCursor(request.input.cursor, ['instant', 'uuid'] as const);
    const rows = await auditEntriesOf(em, request.enterpriseNumber, auditCondition(request.input), after, limit + 1);
    return pageOf(rows, limit, (row) => [new Date(row.at), row.id], auditEntryView);
  }
}
