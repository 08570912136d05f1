import type { ContactLanguage, Quality } from '@chaman/contracts';
import { Embeddable, Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The sender's one technical contact, stored in the sender's own row: there is no room for a second. */
@Embeddable()
export class ContactDetails {
  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastName!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text' })
  language!: ContactLanguage;
}

/** An enterprise acting in one quality towards social security; one per (enterprise, quality). */
@Entity({ tableName: 'sender' })
export class Sender {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  senderNumber!: string;

  @Property({ type: 'text' })
  enterpriseNumber!: string;

  @Property({ type: 'text' })
  quality!: Quality;

  @Embedded({ entity: () => ContactDetails, prefix: 'contact_' })
  contact!: ContactDetails;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  /** Set once closed; never cleared. */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
