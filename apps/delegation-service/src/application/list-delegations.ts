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
import { Injectable } from '@nestjs/common';
import { delegationPage, type DelegationRow, type PageSide, viewOfRow } from '../persistence/delegation-page';
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
    const after = query.cursor ? decodeCursor(query.cursor, ['instant', 'uuid']) : undefined;
    const counterparts = counterpartsOf(this.parties, query.counterpart, query.search);
    if (counterparts?.length === 0) return { items: [] };
    const rows = await delegationPage(this.orm, sidesOf(query.side, counterparts, query.direction), {
      enterpriseNumber,
      status: query.status,
      after: after && { createdAt: after[0], id: after[1] },
      limit,
    });
    return pageOf(
      rows,
      limit,
      (row) => [row.createdAt, row.id],
      (row) => this.viewOf(row, enterpriseNumber),
    );
  }

  /** The contract's view (as `GET …/delegations/{id}` answers it), with the names and the viewer's actions. */
  private viewOf(row: DelegationRow, viewer: string): NamedDelegationView {
    return withViewerActions(withPartyNames(viewOfRow(row), this.parties), viewer);
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

/** The sides the acting enterprise is asked about (one, or both), each with the asked counterparts and direction. */
function sidesOf(side?: DelegationSide, counterparts?: string[] | null, direction?: DelegationDirection): PageSide[] {
  const initiatedBy = (own: DelegationParty, other: DelegationParty) =>
    direction === DelegationDirection.SENT ? own : direction === DelegationDirection.RECEIVED ? other : undefined;
  const asCompany: PageSide = {
    own: 'company_enterprise_number',
    other: 'intermediary_enterprise_number',
    counterparts: counterparts ?? null,
    initiatedBy: initiatedBy(DelegationParty.COMPANY, DelegationParty.INTERMEDIARY),
  };
  const asIntermediary: PageSide = {
    own: 'intermediary_enterprise_number',
    other: 'company_enterprise_number',
    counterparts: counterparts ?? null,
    initiatedBy: initiatedBy(DelegationParty.INTERMEDIARY, DelegationParty.COMPANY),
  };
  if (side === DelegationSide.COMPANY) return [asCompany];
  if (side === DelegationSide.INTERMEDIARY) return [asIntermediary];
  return [asCompany, asIntermediary];
}
