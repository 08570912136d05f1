import { Migration } from '@mikro-orm/migrations';

/** Enterprises, their members' positions and the explicit decisions on their rights. */
export class AccessTablesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table enterprise (
      enterprise_number char(10) primary key check (enterprise_number ~ '^[01][0-9]{9}$'),
      name text not null,
      qualities text[] not null check (cardinality(qualities) > 0),
      registered_by text not null,
      registered_at timestamptz not null default now())`);
    this.addSql(`create table member (
      enterprise_number char(10) not null references enterprise (enterprise_number) on delete cascade,
      user_id text not null,
      name text not null,
      email text not null,
      position text not null check (position in ('CHIEF_ACCESS_MANAGER', 'ACCESS_MANAGER', 'GROUP_MANAGER', 'USER')),
      appointed_by text not null,
      appointed_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (enterprise_number, user_id))`);
    // The primary key serves the authorisation lookup and the keyset listing (enterprise, user id).
    this.addSql('create index member_user_idx on member (user_id)');
    this.addSql(`create index member_manager_idx on member (enterprise_number, position) where position <> 'USER'`);
    this.addSql(`create unique index member_one_chief_idx on member (enterprise_number) where position = 'CHIEF_ACCESS_MANAGER'`);
    this.addSql(`create table permission_decision (
      enterprise_number char(10) not null,
      user_id text not null,
      permission text not null,
      granted boolean not null,
      decided_by text not null,
      decided_at timestamptz not null default now(),
      primary key (enterprise_number, user_id, permission),
      foreign key (enterprise_number, user_id) references member (enterprise_number, user_id) on delete cascade)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table permission_decision');
    this.addSql('drop table member');
    this.addSql('drop table enterprise');
  }
}
