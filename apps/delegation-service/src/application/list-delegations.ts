import {
  DelegationDirection,
  DelegationParty,
  DelegationSide,
  enterpriseNumberFault,
  type ListDelegationsQuery,
  type NamedDelegationView,
  normalizeEnterpriseNumber,
  type Page,
} from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { toDelegationView } from '../persistence/delegation-view';
import { Delegation } from '../persistence/delegation.entity';
import { PartyProjection } from '../projection/party-projection';
import { withPartyNames } from './party-names';
import { withViewerActions } from './viewer-actions';

/** A search matching more enterprises than this looks among the first ones found (a person types more to narrow it). */
const MAX_SEARCHED_PARTIES = 200;

/** `GET /enterprises/{cbe}/delegations`: the delegations `{cbe}` is a party of, newest first, keyset-paginated. */
@Injectable()
export class ListDelegationsUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly parties: PartyProjection,
  ) {}

  async execute({ enterpriseNumber, input: query }: ListDelegationsQuery): Promise<Page<NamedDelegationView>> {
    const limit = pageLimit(query);
    const conditions: FilterQuery<Delegation>[] = [];
    if (query.status) conditions.push({ status: query.status });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['instant', 'uuid']);
      conditions.push({ $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] });
    }
    const counterparts = counterpartsOf(this.parties, query.counterpart, query.search);
    if (counterparts?.length === 0) return { items: [] };
    const em = this.orm.em.fork() as EntityManager;
    // One page of each side, each read in the order of its own index, then merged: a page costs the same
    // whatever number of delegations the enterprise has (an `or` of the two sides would sort them all).
    const pages = await Promise.all(
      sidesOf(enterpriseNumber, query.side, counterparts, query.direction).map((side) =>
        em.find(Delegation, { $and: [side, ...conditions] }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: limit + 1 }),
      ),
    );
    const rows = pages
      .flat()
      .sort(newestFirst)
      .slice(0, limit + 1);
    return pageOf(
      rows,
      limit,
      (row) => [row.createdAt, row.id],
      (row) => withViewerActions(withPartyNames(toDelegationView(row), this.parties), enterpriseNumber),
    );
  }
}

/**
 * The other parties asked about: the one named by `counterpart`, those whose name or number matches `search` (from
 * the names the service knows, plus the number itself when it is a whole one), both when both are given; `null`: any.
 */
function counterpartsOf(parties: PartyProjection, counterpart?: string, search?: string): string[] | null {
  const text = search?.trim();
  if (!text) return counterpart ? [counterpart] : null;
  const matching = parties.enterprisesMatching(text, MAX_SEARCHED_PARTIES);
  if (enterpriseNumberFault(text) === null) matching.push(normalizeEnterpriseNumber(text));
  return counterpart ? matching.filter((number) => number === counterpart) : [...new Set(matching)];
}

function newestFirst(a: Delegation, b: Delegation): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The sides the acting enterprise is asked about (one, or both), each with the asked counterparts and direction. */
function sidesOf(
  enterpriseNumber: string,
  side?: DelegationSide,
  counterparts?: string[] | null,
  direction?: DelegationDirection,
): FilterQuery<Delegation>[] {
  const initiatedBy = (own: DelegationParty, other: DelegationParty) =>
    direction === DelegationDirection.SENT
      ? { initiatedBy: own }
      : direction === DelegationDirection.RECEIVED
        ? { initiatedBy: other }
        : {};
  const asCompany: FilterQuery<Delegation> = {
    companyEnterpriseNumber: enterpriseNumber,
    ...(counterparts ? { intermediaryEnterpriseNumber: { $in: counterparts } } : {}),
    ...initiatedBy(DelegationParty.COMPANY, DelegationParty.INTERMEDIARY),
  };
  const asIntermediary: FilterQuery<Delegation> = {
    intermediaryEnterpriseNumber: enterpriseNumber,
    ...(counterparts ? { companyEnterpriseNumber: { $in: counterparts } } : {}),
    ...initiatedBy(DelegationParty.INTERMEDIARY, DelegationParty.COMPANY),
  };
  if (side === DelegationSide.COMPANY) return [asCompany];
  if (side === DelegationSide.INTERMEDIARY) return [asIntermediary];
  return [asCompany, asIntermediary];
}
