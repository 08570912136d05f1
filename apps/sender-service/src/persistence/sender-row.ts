import type { ContactLanguage, Quality } from '@chaman/contracts';
import { type PreparedStatement, queryPrepared } from '@chaman/platform';
import type { MikroORM } from '@mikro-orm/core';
import type { ContactDetails } from './sender.entity';

/** A sender as a read answers it, straight from its row (a prepared statement): no entity, no identity map, no unit of work. */
export interface SenderRow {
  senderNumber: string;
  enterpriseNumber: string;
  quality: Quality;
  contact: ContactDetails;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

interface RawSenderRow {
  senderNumber: string;
  enterpriseNumber: string;
  quality: Quality;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  language: ContactLanguage;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

const SELECT_SENDER: PreparedStatement = {
  name: 'sender_by_number',
  text: `select sender_number as "senderNumber", enterprise_number as "enterpriseNumber", quality,
    contact_first_name as "firstName", contact_last_name as "lastName", contact_email as "email", contact_phone as "phone",
    contact_language as "language", created_at as "createdAt", updated_at as "updatedAt", closed_at as "closedAt"
  from sender where enterprise_number = $1 and sender_number = $2`,
};

/**
 * The enterprise's sender with that number, in one statement, or `null`; its instants parsed exactly as the entity's
 * are (the ETag is `updatedAt`, which a conditional update compares with the entity's).
 */
export async function senderRow(orm: MikroORM, enterpriseNumber: string, senderNumber: string): Promise<SenderRow | null> {
  const [row] = await queryPrepared<RawSenderRow>(orm, SELECT_SENDER, [enterpriseNumber, senderNumber]);
  if (!row) return null;
  const platform = orm.em.getPlatform();
  const instant = (value: string) => platform.parseDate(value);
  const { firstName, lastName, email, phone, language, createdAt, updatedAt, closedAt, ...sender } = row;
  return {
    ...sender,
    contact: { firstName, lastName, email, phone, language },
    createdAt: instant(createdAt),
    updatedAt: instant(updatedAt),
    closedAt: closedAt === null ? null : instant(closedAt),
  };
}
