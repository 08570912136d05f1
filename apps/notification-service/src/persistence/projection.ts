import type { Position, Quality, TechnicalContactView } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What this service keeps of the other services' state, fed by their events (upserts: replays change nothing). */
export interface KnownSender {
  senderNumber: string;
  enterpriseNumber: string;
  quality: Quality;
  contact: Pick<TechnicalContactView, 'firstName' | 'lastName' | 'email' | 'language'>;
}

export interface KnownRestAccount {
  id: string;
  senderNumber: string;
  enterpriseNumber: string;
  quality: Quality;
  name: string;
}

export interface KnownMember {
  userId: string;
  position: Position;
  name: string | null;
  email: string | null;
}

interface SenderRow {
  sender_number: string;
  enterprise_number: string;
  quality: Quality;
  first_name: string;
  last_name: string;
  email: string;
  language: TechnicalContactView['language'];
}

function senderOf(row: SenderRow | undefined): KnownSender | null {
  if (!row) return null;
  return {
    senderNumber: row.sender_number,
    enterpriseNumber: row.enterprise_number,
    quality: row.quality,
    contact: { firstName: row.first_name, lastName: row.last_name, email: row.email, language: row.language },
  };
}

export async function saveSender(em: EntityManager, sender: KnownSender): Promise<void> {
  const { contact } = sender;
  await em.execute(
    `insert into known_sender (sender_number, enterprise_number, quality, first_name, last_name, email, language) values (?, ?, ?, ?, ?, ?, ?)
     on conflict (sender_number) do update set first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email, language = excluded.language`,
    [sender.senderNumber, sender.enterpriseNumber, sender.quality, contact.firstName, contact.lastName, contact.email, contact.language],
    'run',
  );
}

export async function senderByNumber(em: EntityManager, senderNumber: string): Promise<KnownSender | null> {
  const [row] = await em.execute<SenderRow[]>('select * from known_sender where sender_number = ?', [senderNumber]);
  return senderOf(row);
}

export async function senderOfParty(em: EntityManager, enterpriseNumber: string, quality: Quality): Promise<KnownSender | null> {
  const [row] = await em.execute<SenderRow[]>(
    'select * from known_sender where enterprise_number = ? and quality = ? order by sender_number desc limit 1',
    [enterpriseNumber, quality],
  );
  return senderOf(row);
}

export async function saveRestAccount(em: EntityManager, account: KnownRestAccount): Promise<void> {
  await em.execute(
    `insert into known_rest_account (id, sender_number, enterprise_number, quality, name) values (?, ?, ?, ?, ?)
     on conflict (id) do update set name = excluded.name`,
    [account.id, account.senderNumber, account.enterpriseNumber, account.quality, account.name],
    'run',
  );
}

export async function restAccountById(em: EntityManager, id: string): Promise<KnownRestAccount | null> {
  const [row] = await em.execute<Array<{ id: string; sender_number: string; enterprise_number: string; quality: Quality; name: string }>>(
    'select * from known_rest_account where id = ?',
    [id],
  );
  return row
    ? { id: row.id, senderNumber: row.sender_number, enterpriseNumber: row.enterprise_number, quality: row.quality, name: row.name }
    : null;
}

/** The names read in one transaction: one delegation event asks for the same two or three parties up to four times. */
const namesRead = new WeakMap<EntityManager, Map<string, string | null>>();

export async function saveEnterprise(em: EntityManager, enterpriseNumber: string, name: string): Promise<void> {
  namesRead.get(em)?.delete(enterpriseNumber);
  await em.execute(
    'insert into known_enterprise (enterprise_number, name) values (?, ?) on conflict (enterprise_number) do update set name = excluded.name',
    [enterpriseNumber, name],
    'run',
  );
}

export async function enterpriseName(em: EntityManager, enterpriseNumber: string): Promise<string | null> {
  let names = namesRead.get(em);
  if (!names) namesRead.set(em, (names = new Map()));
  if (names.has(enterpriseNumber)) return names.get(enterpriseNumber) ?? null;
  const [row] = await em.execute<Array<{ name: string }>>('select name from known_enterprise where enterprise_number = ?', [
    enterpriseNumber,
  ]);
  names.set(enterpriseNumber, row?.name ?? null);
  return row?.name ?? null;
}

/**
 * A delegation's account name and both parties' names in one statement (what every delegation event's mail says),
 * kept for the rest of the transaction like `enterpriseName`.
 */
export async function delegationNames(
  em: EntityManager,
  restAccountId: string,
  enterpriseNumbers: [string, string],
): Promise<{ accountName: string | null }> {
  const [row] = await em.execute<Array<{ account_name: string | null; first: string | null; second: string | null }>>(
    `select (select name from known_rest_account where id = ?) as account_name,
       (select name from known_enterprise where enterprise_number = ?) as first,
       (select name from known_enterprise where enterprise_number = ?) as second`,
    [restAccountId, ...enterpriseNumbers],
  );
  let names = namesRead.get(em);
  if (!names) namesRead.set(em, (names = new Map()));
  names.set(enterpriseNumbers[0], row.first);
  names.set(enterpriseNumbers[1], row.second);
  return { accountName: row.account_name };
}

/** Name and address are kept from the last event that carried them (older events and removals do not). */
export async function saveMember(em: EntityManager, enterpriseNumber: string, member: KnownMember): Promise<void> {
  await em.execute(
    `insert into known_member (enterprise_number, user_id, position, name, email) values (?, ?, ?, ?, ?)
     on conflict (enterprise_number, user_id) do update set position = excluded.position,
       name = coalesce(excluded.name, known_member.name), email = coalesce(excluded.email, known_member.email)`,
    [enterpriseNumber, member.userId, member.position, member.name, member.email],
    'run',
  );
}

export async function removeMember(em: EntityManager, enterpriseNumber: string, userId: string): Promise<void> {
  await em.execute('delete from known_member where enterprise_number = ? and user_id = ?', [enterpriseNumber, userId], 'run');
}

export async function membersOf(em: EntityManager, enterpriseNumber: string, positions: Position[]): Promise<KnownMember[]> {
  const rows = await em.execute<Array<{ user_id: string; position: Position; name: string | null; email: string | null }>>(
    `select user_id, position, name, email from known_member where enterprise_number = ? and position in (${positions.map(() => '?').join(', ')}) order by user_id`,
    [enterpriseNumber, ...positions],
  );
  return rows.map((row) => ({ userId: row.user_id, position: row.position, name: row.name, email: row.email }));
}

export async function memberOf(em: EntityManager, enterpriseNumber: string, userId: string): Promise<KnownMember | null> {
  const [row] = await em.execute<Array<{ user_id: string; position: Position; name: string | null; email: string | null }>>(
    'select user_id, position, name, email from known_member where enterprise_number = ? and user_id = ?',
    [enterpriseNumber, userId],
  );
  return row ? { userId: row.user_id, position: row.position, name: row.name, email: row.email } : null;
}
