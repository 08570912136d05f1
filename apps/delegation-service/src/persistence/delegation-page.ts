import type { DelegationParty, DelegationStatus, DelegationView, Quality } from '@chaman/contracts';
import { queryPrepared } from '@chaman/platform';
import type { MikroORM } from '@mikro-orm/core';

/** One side the acting enterprise is asked about: its own column, the counterparts' (if narrowed), who initiated. */
export interface PageSide {
  own: 'company_enterprise_number' | 'intermediary_enterprise_number';
  other: 'company_enterprise_number' | 'intermediary_enterprise_number';
  counterparts: string[] | null;
  initiatedBy?: DelegationParty;
}

export interface PageFilter {
  enterpriseNumber: string;
  status?: DelegationStatus;
  /** The sort key of the previous page's last row (exclusive). */
  after?: { createdAt: Date; id: string };
  limit: number;
}

/** A delegation row as the list answers it: instants already as ISO text, no entity. */
export interface DelegationRow {
  id: string;
  status: DelegationStatus;
  initiatedBy: DelegationParty;
  companyEnterpriseNumber: string;
  companyQuality: Quality;
  intermediaryEnterpriseNumber: string;
  restAccountId: string;
  scopes: string[];
  relaunchCount: number;
  createdAt: string;
  updatedAt: string;
  expiresAt: string | null;
  endsOn: string | null;
}

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A delegation's columns as its view has them (instants as ISO text). */
export const VIEW_COLUMNS = `id, status, initiated_by as "initiatedBy", company_enterprise_number as "companyEnterpriseNumber",
  company_quality as "companyQuality", intermediary_enterprise_number as "intermediaryEnterpriseNumber",
  rest_account_id as "restAccountId", scopes, relaunch_count as "relaunchCount", ${iso('created_at')} as "createdAt",
  ${iso('updated_at')} as "updatedAt", ${iso('expires_at')} as "expiresAt", ${iso('ends_on')} as "endsOn"`;
const COLUMNS = `${VIEW_COLUMNS}, created_at`;
/** The merge orders by the raw instant, which it does not answer (no `Date` parsed per row). */
const OUTER = `id, status, "initiatedBy", "companyEnterpriseNumber", "companyQuality", "intermediaryEnterpriseNumber",
  "restAccountId", scopes, "relaunchCount", "createdAt", "updatedAt", "expiresAt", "endsOn"`;

/**
 * One page of the delegations an enterprise is a party of, newest first, in one statement: each side read in the
 * order of its own index (limit + 1 rows), then merged, so a page costs the same whatever the number of delegations
 * (an `or` of the two sides would sort them all). Plain rows, no entity hydration. Without counterparts (every page
 * but a search's) the statement has one text per combination of filters, prepared under its name on each connection.
 */
export async function delegationPage(orm: MikroORM, sides: PageSide[], filter: PageFilter): Promise<DelegationRow[]> {
  const params: unknown[] = [];
  const parameter = (value: unknown) => `$${params.push(value)}`;
  const selects = sides.map((side) => {
    const conditions = [`${side.own} = ${parameter(filter.enterpriseNumber)}`];
    if (side.counterparts) conditions.push(`${side.other} in (${side.counterparts.map(parameter).join(', ')})`);
    if (side.initiatedBy) conditions.push(`initiated_by = ${parameter(side.initiatedBy)}`);
    if (filter.status) conditions.push(`status = ${parameter(filter.status)}`);
    if (filter.after) conditions.push(`(created_at, id) < (${parameter(filter.after.createdAt)}, ${parameter(filter.after.id)})`);
    return `(select ${COLUMNS} from delegation where ${conditions.join(' and ')} order by created_at desc, id desc limit ${parameter(filter.limit + 1)})`;
  });
  const text = `select ${OUTER} from (${selects.join(' union all ')}) page order by created_at desc, id desc limit ${parameter(filter.limit + 1)}`;
  const name = sides.some((side) => side.counterparts) ? undefined : statementName(sides, filter);
  return queryPrepared<DelegationRow>(orm, { name, text }, params);
}

/** The name of the statement's text: which sides, and which filters it has (their values are its parameters). */
function statementName(sides: PageSide[], filter: PageFilter): string {
  const side = (own: PageSide['own'], initiatedBy?: DelegationParty) => `${own.split('_')[0]}${initiatedBy ? '_by' : ''}`;
  const sideNames = sides.map(({ own, initiatedBy }) => side(own, initiatedBy)).join('_');
  return `delegation_page_${sideNames}${filter.status ? '_status' : ''}${filter.after ? '_after' : ''}`;
}

/** The view of a row: an instant it does not have is left out, as `toDelegationView` does. */
export function viewOfRow({ expiresAt, endsOn, ...row }: DelegationRow): DelegationView {
  return { ...row, ...(expiresAt ? { expiresAt } : {}), ...(endsOn ? { endsOn } : {}) };
}
