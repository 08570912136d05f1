import { CLOCK, type Clock, LOGGER } from '@chaman/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { composeMail } from '../domain/compose-mail';
import type { MessageTemplate } from '../domain/letter';
import { addressKey } from '../domain/contact-verification';
import { recordMail } from '../persistence/mail-outbox';
import { verificationOf } from '../persistence/verification-store';
import type { Recipient } from './recipients';

/**
 * Writes a message to each recipient, in their language, into the mail outbox of the caller's transaction. Mail to
 * a technical contact whose address nobody confirmed yet is written held: it goes out once the address is confirmed.
 */
@Injectable()
export class MailWriter {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** `cause` names what the mail is about (an event id, a notice key): with the message and address it is the mail's identity. */
  async write<Facts>(
    em: EntityManager,
    cause: string,
    recipients: Recipient[],
    template: MessageTemplate<Facts>,
    facts: Facts,
  ): Promise<number> {
    if (recipients.length === 0)
      this.logger.warn({ cause, message: template.name }, 'nobody to tell: no technical contact and no access manager known');
    let written = 0;
    const seen = new Set<string>();
    for (const recipient of recipients) {
      const address = recipient.email.toLowerCase();
      if (seen.has(address)) continue;
      seen.add(address);
      const content = composeMail(template, recipient.language, facts, recipient.name);
      const held =
        recipient.contactOf !== undefined && !(await verificationOf(em, recipient.contactOf, addressKey(address), true))?.verifiedAt;
      const recorded = await recordMail(em, {
        dedupeKey: `${cause}:${template.name}:${address}`,
        message: template.name,
        recipientEmail: recipient.email,
        recipientName: recipient.name,
        language: recipient.language,
        content,
        now: this.clock.now(),
        heldForSender: held ? recipient.contactOf : undefined,
      });
      if (recorded) written += 1;
    }
    return written;
  }
}
