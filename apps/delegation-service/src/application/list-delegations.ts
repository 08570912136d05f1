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
    const conditions: FilterQuery<Delegation>[] = [];
    if (query.status) conditions.push({ status: query.status });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['instant', 'uuid']);
      conditions.push({ $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] });
    }
    const em = this.orm.em.fork() as EntityManager;
    // One page of each side, each read in the order of its own index, then merged: a page costs the same
    // whatever number of delegations the enterprise has (an `or` of the two sides would sort them all).
    const pages = await Promise.all(
      sidesOf(enterpriseNumber, query.side, query.counterpart).map((side) =>
        em.find(Delegation, { $and: [side, ...conditions] }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: limit + 1 }),
      ),
    );
    const rows = pages.flat().sort(newestFirst).slice(0, limit + 1);
    return pageOf(rows, limit, (row) => [row.createdAt, row.id], (row) => withPartyNames(toDelegationView(row), this.parties));
  }
}

function newestFirst(a: Delegation, b: Delegation): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The sides the acting enterprise is asked about (one, or both), each with the asked counterpart. */
function sidesOf(enterpriseNumber: string, side?: DelegationSide, counterpart?: string): FilterQuery<Delegation>[] {
  const asCompany: FilterQuery<Delegation> = {
    companyEnterpriseNumber: enterpriseNumber,
    ...(counterpart ? { intermediaryEnterpriseNumber: counterpart } : {}),
  };
  const asIntermediary: FilterQuery<Delegation> = {
    intermediaryEnterpriseNumber: enterpriseNumber,
    ...(counterpart ? { companyEnterpriseNumber: counterpart } : {}),
  };
  if (side === DelegationSide.COMPANY) return [asCompany];
  if (side === DelegationSide.INTERMEDIARY) return [asIntermediary];
  return [asCompany, asIntermediary];
}
