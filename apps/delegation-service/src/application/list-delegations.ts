import { DelegationSide, type ListDelegationsRequest, type NamedDelegationView, type Page } from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { toDelegationView } from '../persistence/delegation-view';
import { Delegation } from '../persistence/delegation.entity';
import { PartyProjection } from '../projection/party-projection';
import { withPartyNames } from './party-names';

/** `GET /enterprises/{cbe}/delegations`: the delegations `{cbe}` is a party of, newest first, keyset-paginated. */
@Injectable()
export class ListDelegationsUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly parties: PartyProjection,
  ) {}

  async execute({ enterpriseNumber, input: query }: ListDelegationsRequest): Promise<Page<NamedDelegationView>> {
    const limit = pageLimit(query);
    const conditions: FilterQuery<Delegation>[] = [sidesOf(enterpriseNumber, query.side, query.counterpart)];
    if (query.status) conditions.push({ status: query.status });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['instant', 'uuid']);
      conditions.push({ $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] });
    }
    const em = this.orm.em.fork() as EntityManager;
    const rows = await em.find(Delegation, { $and: conditions }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: limit + 1 });
    return pageOf(rows, limit, (row) => [row.createdAt, row.id], (row) => withPartyNames(toDelegationView(row), this.parties));
  }
}

/** Only delegations the acting enterprise is a party of, on the asked side, with the asked counterpart. */
function sidesOf(enterpriseNumber: string, side?: DelegationSide, counterpart?: string): FilterQuery<Delegation> {
  const asCompany: FilterQuery<Delegation> = {
    companyEnterpriseNumber: enterpriseNumber,
    ...(counterpart ? { intermediaryEnterpriseNumber: counterpart } : {}),
  };
  const asIntermediary: FilterQuery<Delegation> = {
    intermediaryEnterpriseNumber: enterpriseNumber,
    ...(counterpart ? { companyEnterpriseNumber: counterpart } : {}),
  };
  if (side === DelegationSide.COMPANY) return asCompany;
  if (side === DelegationSide.INTERMEDIARY) return asIntermediary;
  return { $or: [asCompany, asIntermediary] };
}
