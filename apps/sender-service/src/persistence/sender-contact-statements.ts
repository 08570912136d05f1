import type { CloudEvent, ContactLanguage, Quality } from '@chaman/contracts';
import type { PoolClient } from 'pg';
import type { ContactDetails, Sender } from './sender.entity';

/** PUT …/technical-contact in plain SQL (docs/benchmark.md): the sender row locked, then replaced with its event. */
interface SenderRow {
  id: string;
  sender_number: string;
  enterprise_number: string;
  quality: Quality;
  contact_first_name: string;
  contact_last_name: string;
  contact_email: string;
  contact_phone: string | null;
  contact_language: ContactLanguage;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

const LOCK_SENDER = `select id, sender_number, enterprise_number, quality, contact_first_name, contact_last_name, contact_email,
  contact_phone, contact_language, created_at, updated_at, closed_at
  from sender where enterprise_number = $1 and sender_number = $2 for update`;

const REPLACE_CONTACT = `with replaced as (
    update sender set contact_first_name = $2, contact_last_name = $3, contact_email = $4, contact_phone = $5, contact_language = $6,
      updated_at = $7 where id = $1)
  insert into outbox_event (id, subject, event, created_at) values ($8, $9, $10::jsonb, $11)`;

/** The enterprise's sender with that number, locked until commit; null when it has none. */
export async function lockSender(client: PoolClient, enterpriseNumber: string, senderNumber: string): Promise<Sender | null> {
  const { rows } = await client.query<SenderRow>({ name: 'sender-lock', text: LOCK_SENDER, values: [enterpriseNumber, senderNumber] });
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    senderNumber: row.sender_number,
    enterpriseNumber: row.enterprise_number,
    quality: row.quality,
    contact: {
      firstName: row.contact_first_name,
      lastName: row.contact_last_name,
      email: row.contact_email,
      phone: row.contact_phone,
      language: row.contact_language,
    },
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    closedAt: row.closed_at === null ? null : new Date(row.closed_at),
  };
}

/** Writes the sender's new contact and version, and the event that says so, in the caller's transaction. */
export async function replaceContact(
  client: PoolClient,
  sender: Pick<Sender, 'id' | 'updatedAt'>,
  contact: ContactDetails,
  event: CloudEvent,
  eventSubject: string,
): Promise<void> {
  await client.query({
    name: 'sender-replace-contact',
    text: REPLACE_CONTACT,
    values: [
      sender.id,
      contact.firstName,
      contact.lastName,
      contact.email,
      contact.phone,
      contact.language,
      sender.updatedAt,
      event.id,
      eventSubject,
      JSON.stringify(event),
      event.time,
    ],
  });
}
