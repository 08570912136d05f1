import type { CloudEvent, DelegationView, EventDefinition } from '@chaman/contracts';
import { type IdempotencyClaim, replayOf, SELECT_IDEMPOTENT_REPLY } from '@chaman/platform';
import type { PoolClient } from 'pg';
import type { CounterKey } from './delegation-locks';
import { liveDelegationExists, LIVE_DELEGATION_INDEX } from './live-delegation-conflict';

/**
 * A new delegation in one statement: the reply kept for the Idempotency-Key (claimed here unless `$1` is null), the
 * delegation, its first history line, its event in the outbox and, when the request was counted, the intermediary's
 * relaunch counter. Without the claim nothing is written: the key is another request's, whose reply is replayed.
 */
const WRITE_REQUEST = `with claim as (
    insert into idempotency_record (scope, key, request_hash, response, created_at)
    select $1, $2, $3, $4::jsonb, now() where $1::text is not null
    on conflict do nothing returning 1),
  created as (
    insert into delegation (id, status, initiated_by, company_enterprise_number, company_quality, intermediary_enterprise_number,
      rest_account_id, scopes, relaunch_count, created_at, updated_at, expires_at, ends_on)
    select $5, $6, $7, $8, $9, $10, $11, $12::jsonb, 0, $13, $13, $14, $15
    where $1::text is null or exists (select from claim)
    returning id),
  history as (
    insert into delegation_transition (delegation_id, at, action, from_status, to_status, actor_user_id, actor_enterprise_number, actor_party, scopes)
    select id, $13, $16, null, $6, $17, $18, $19, $12::jsonb from created),
  outbox as (
    insert into outbox_event (id, subject, event, created_at) select $20, $21, $22::jsonb, $23 from created),
  counted as (
    update relaunch_counter set used = $24, updated_at = $13
    where $24::int is not null and (intermediary_enterprise_number, company_enterprise_number, company_quality) = ($10, $8, $9)
      and exists (select from created))
  select count(*)::int as created from created`;

/** Claims the key alone, before the relaunch counter is locked: a replayed twin never charges the counter. */
const CLAIM = `insert into idempotency_record (scope, key, request_hash, response, created_at) values ($1, $2, $3, $4::jsonb, now())
  on conflict do nothing`;

/** The intermediary's counter towards this company and quality, created if new and locked until commit. */
const LOCK_COUNTER = `insert into relaunch_counter (intermediary_enterprise_number, company_enterprise_number, company_quality)
  values ($1, $2, $3)
  on conflict (intermediary_enterprise_number, company_enterprise_number, company_quality) do update set used = relaunch_counter.used
  returning used, company_has_refused`;

export interface NewDelegationRow {
  view: DelegationView;
  actor: { userId: string; enterpriseNumber: string; party: string };
  action: string;
  event: CloudEvent;
  eventDefinition: EventDefinition<unknown>;
  /** The counter's new value when the request was counted against the intermediary's relaunches. */
  relaunchesUsed?: number;
}

/** Claims `claim` (if any) and writes the delegation; false when the key was already claimed (nothing written). */
export async function writeNewDelegation(client: PoolClient, claim: IdempotencyClaim | null, row: NewDelegationRow): Promise<boolean> {
  const { view, actor, event } = row;
  try {
    const { rows } = await client.query<{ created: number }>({
      name: 'delegation-request-write',
      text: WRITE_REQUEST,
      values: [
        claim?.scope ?? null,
        claim?.key ?? null,
        claim?.requestHash ?? null,
        JSON.stringify(view),
        view.id,
        view.status,
        view.initiatedBy,
        view.companyEnterpriseNumber,
        view.companyQuality,
        view.intermediaryEnterpriseNumber,
        view.restAccountId,
        JSON.stringify(view.scopes),
        view.createdAt,
        view.expiresAt ?? null,
        view.endsOn ?? null,
        row.action,
        actor.userId,
        actor.enterpriseNumber,
        actor.party,
        event.id,
        row.eventDefinition.subject,
        JSON.stringify(event),
        event.time,
        row.relaunchesUsed ?? null,
      ],
    });
    return rows[0].created === 1;
  } catch (error) {
    if ((error as { code?: string; constraint?: string }).constraint === LIVE_DELEGATION_INDEX) throw liveDelegationExists(view);
    throw error;
  }
}

/** Claims the key with the reply it will have; false when it was already claimed. */
export async function claimKey(client: PoolClient, claim: IdempotencyClaim, reply: DelegationView): Promise<boolean> {
  const { rowCount } = await client.query(CLAIM, [claim.scope, claim.key, claim.requestHash, JSON.stringify(reply)]);
  return rowCount === 1;
}

/** The reply kept for a key another request claimed first (committed by now: the claim waited for it). */
export async function replayed<T>(client: PoolClient, claim: IdempotencyClaim): Promise<T> {
  const { rows } = await client.query<{ response: T; request_hash: string }>(SELECT_IDEMPOTENT_REPLY, [claim.scope, claim.key]);
  return replayOf(claim, rows[0]);
}

export async function lockCounter(client: PoolClient, key: CounterKey): Promise<{ used: number; companyHasRefused: boolean }> {
  const { rows } = await client.query<{ used: number; company_has_refused: boolean }>(LOCK_COUNTER, [
    key.intermediaryEnterpriseNumber,
    key.companyEnterpriseNumber,
    key.companyQuality,
  ]);
  return { used: rows[0].used, companyHasRefused: rows[0].company_has_refused };
}
