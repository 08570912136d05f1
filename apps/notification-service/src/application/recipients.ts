import { Position, Quality } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '../domain/letter';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { type KnownSender, membersOf, restAccountById, senderByNumber, senderOfParty } from '../persistence/projection';

/** One person a mail goes to, in their language. */
export interface Recipient {
  email: string;
  name: string | null;
  language: Language;
  /** A sender's technical contact: mail waits until the address is confirmed for this sender (`ContactVerifications`). */
  contactOf?: string;
}

const ACCESS_MANAGERS = [Position.CHIEF_ACCESS_MANAGER, Position.ACCESS_MANAGER];

/** Decides who hears for a party: its sender's technical contact, or its access managers where it has no sender in that quality. */
@Injectable()
export class Recipients {
  constructor(@Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings) {}

  contactOf(sender: KnownSender): Recipient {
    const { contact } = sender;
    return {
      email: contact.email,
      name: `${contact.firstName} ${contact.lastName}`,
      language: contact.language,
      contactOf: sender.senderNumber,
    };
  }

  async ofParty(em: EntityManager, enterpriseNumber: string, quality: Quality): Promise<Recipient[]> {
    const sender = await senderOfParty(em, enterpriseNumber, quality);
    if (sender) return [this.contactOf(sender)];
    return this.accessManagersOf(em, enterpriseNumber);
  }

  /** A certificate's owner: the company (its account's sender) or the intermediary that registered it (its own sender). */
  async ofCertificateOwner(em: EntityManager, restAccountId: string, ownerEnterpriseNumber: string): Promise<Recipient[]> {
    const account = await restAccountById(em, restAccountId);
    if (account && account.enterpriseNumber === ownerEnterpriseNumber) {
      const sender = await senderByNumber(em, account.senderNumber);
      return sender ? [this.contactOf(sender)] : this.accessManagersOf(em, ownerEnterpriseNumber);
    }
    return this.ofParty(em, ownerEnterpriseNumber, Quality.TECHNICAL_INTERMEDIARY);
  }

  /** A member known by name and address, who has no language in Chaman: the deployment's default. */
  person(email: string, name: string): Recipient {
    return { email, name, language: this.settings.defaultLanguage };
  }

  /** Access managers have no language in Chaman: they get the deployment's default. */
  async accessManagersOf(em: EntityManager, enterpriseNumber: string): Promise<Recipient[]> {
    const managers = await membersOf(em, enterpriseNumber, ACCESS_MANAGERS);
    return managers.flatMap((member) =>
      member.email ? [{ email: member.email, name: member.name, language: this.settings.defaultLanguage }] : [],
    );
  }
}
