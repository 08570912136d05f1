import { DatabaseSync } from 'node:sqlite';
import type { DelegationEvent } from './delegation-event.ts';

/**
 * This application's own state: which intermediary may manage which REST account, and the ids of the events
 * already applied. Both change in one SQLite transaction, so an event is applied exactly once even when
 * JetStream delivers it again (after a crash between the commit and the ack).
 */
export class DelegatedAccessStore {
  private readonly db: DatabaseSync;

  constructor(path: string) {
    this.db = new DatabaseSync(path);
    this.db.exec(`
      create table if not exists processed_event (event_id text primary key, processed_at text not null);
      create table if not exists delegated_access (
        delegation_id text primary key,
        rest_account_id text not null,
        intermediary_enterprise_number text not null,
        status text not null,
        scopes text not null,
        updated_at text not null);`);
  }

  /** Applies the event unless it was applied before; returns whether it was applied now. */
  applyOnce(event: DelegationEvent): boolean {
    this.db.exec('begin immediate');
    try {
      const claimed = this.db
        .prepare('insert or ignore into processed_event (event_id, processed_at) values (?, ?)')
        .run(event.id, new Date().toISOString());
      if (claimed.changes === 0) {
        this.db.exec('rollback');
        return false;
      }
      this.apply(event);
      this.db.exec('commit');
      return true;
    } catch (error) {
      this.db.exec('rollback');
      throw error;
    }
  }

  /** Keeps the newest state of each delegation: a redelivered older event never overwrites a newer one. */
  private apply({ data: { delegation } }: DelegationEvent): void {
    this.db
      .prepare(
        `insert into delegated_access (delegation_id, rest_account_id, intermediary_enterprise_number, status, scopes, updated_at)
         values (?, ?, ?, ?, ?, ?)
         on conflict (delegation_id) do update set status = excluded.status, scopes = excluded.scopes, updated_at = excluded.updated_at
         where excluded.updated_at >= delegated_access.updated_at`,
      )
      .run(
        delegation.id,
        delegation.restAccountId,
        delegation.intermediaryEnterpriseNumber,
        delegation.status,
        JSON.stringify(delegation.scopes),
        delegation.updatedAt,
      );
  }

  /** What the intermediary may manage right now: the accounts of its accepted delegations. */
  activeDelegations(): Array<{ delegation_id: string; rest_account_id: string; intermediary_enterprise_number: string }> {
    return this.db
      .prepare(`select delegation_id, rest_account_id, intermediary_enterprise_number from delegated_access where status = 'ACCEPTED'`)
      .all() as never;
  }

  close(): void {
    this.db.close();
  }
}
