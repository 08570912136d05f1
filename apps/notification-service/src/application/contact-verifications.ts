import {
  type ConfirmContactVerificationCommand,
  type ContactVerificationView,
  ContactVerificationStatus,
  type GetContactVerificationQuery,
  ProblemException,
  ResendContactVerification,
  type ResendContactVerificationCommand,
} from '@chaman/contracts';
import { CLOCK, type Clock, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { addressKey, hashVerificationToken, issueVerificationToken, outcomeOf } from '../domain/contact-verification';
import { contactVerification } from '../domain/messages';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { type KnownSender, senderByNumber } from '../persistence/projection';
import {
  linkByTokenHash,
  markVerified,
  releaseHeldMail,
  saveLink,
  verificationOf,
  type VerificationRow,
} from '../persistence/verification-store';
import { MailWriter } from './mail-writer';
import { labelOf } from './party-labels';

function viewOf(senderNumber: string, email: string, row: VerificationRow | null): ContactVerificationView {
  const verified = Boolean(row?.verifiedAt);
  return {
    senderNumber,
    email,
    status: verified ? ContactVerificationStatus.VERIFIED : ContactVerificationStatus.PENDING,
    sentAt: row?.sentAt?.toISOString(),
    expiresAt: verified ? undefined : row?.expiresAt?.toISOString(),
    verifiedAt: row?.verifiedAt?.toISOString(),
  };
}

/**
 * The link that confirms a technical contact's address, per sender and address: mailed when a sender is created
 * and when its contact gets another address (an address already confirmed for the sender stays so), again on a
 * manager's request; confirmed once, within 7 days, by whoever received it. Confirming releases the held mail.
 */
@Injectable()
export class ContactVerifications {
  constructor(
    private readonly orm: MikroORM,
    private readonly mail: MailWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  /** Mails a new link to the sender's contact unless the address is already confirmed; `cause` dedupes the mail. */
  async request(em: EntityManager, sender: KnownSender, cause: string): Promise<VerificationRow | null> {
    const email = addressKey(sender.contact.email);
    const existing = await verificationOf(em, sender.senderNumber, email);
    if (existing?.verifiedAt) return existing;
    const now = this.clock.now();
    const { token, tokenHash, expiresAt } = issueVerificationToken(now);
    await saveLink(em, { senderNumber: sender.senderNumber, email, tokenHash, sentAt: now, expiresAt });
    // The one mail an unconfirmed address gets: written to the address as such, never held.
    const recipient = {
      email: sender.contact.email,
      name: `${sender.contact.firstName} ${sender.contact.lastName}`,
      language: sender.contact.language,
    };
    await this.mail.write(em, cause, [recipient], contactVerification, {
      senderNumber: sender.senderNumber,
      enterprise: await labelOf(em, sender.enterpriseNumber),
      link: `${this.settings.publicUrl}/contact-verification/${token}`,
      expiresAt: expiresAt.toISOString(),
    });
    return { senderNumber: sender.senderNumber, email, sentAt: now, expiresAt, verifiedAt: null };
  }

  /**
   * `POST /contact-verifications/{token}`: anyone holding the link, no account needed. One transaction, not
   * `runCommand`: no person acts (no Idempotency-Key to honour), and a second click is answered `verificationTokenUsed`.
   */
  confirm(command: ConfirmContactVerificationCommand): Promise<ContactVerificationView> {
    return (this.orm.em.fork() as EntityManager).transactional(async (em: EntityManager) => {
      const now = this.clock.now();
      const link = await linkByTokenHash(em, hashVerificationToken(command.token));
      switch (outcomeOf(link, now)) {
        case 'unknown':
          throw ProblemException.of(
            'verificationTokenUnknown',
            'This verification link is unknown, or a newer link replaced it: use the latest one.',
          );
        case 'expired':
          throw ProblemException.of(
            'verificationTokenExpired',
            "This verification link has expired: ask the sender's managers for a new one.",
          );
        case 'used':
          throw ProblemException.of('verificationTokenUsed', 'This verification link was already used: the address is confirmed.');
      }
      const { senderNumber, email, sentAt } = link!;
      await markVerified(em, senderNumber, email, now);
      await releaseHeldMail(em, senderNumber, email, now);
      return viewOf(senderNumber, email, { senderNumber, email, sentAt, expiresAt: null, verifiedAt: now });
    });
  }

  /** `GET …/senders/{senderNumber}/contact-verification`: the current contact's address. */
  async get(query: GetContactVerificationQuery): Promise<ContactVerificationView> {
    const em = this.orm.em.fork() as EntityManager;
    const sender = await this.senderOf(em, query);
    const email = addressKey(sender.contact.email);
    return viewOf(sender.senderNumber, sender.contact.email, await verificationOf(em, sender.senderNumber, email));
  }

  /** `POST …/senders/{senderNumber}/contact-verification`: a new link; the previous one stops working. */
  resend(command: ResendContactVerificationCommand, idempotencyKey?: string): Promise<ContactVerificationView> {
    return runCommand(this.orm, { subject: ResendContactVerification.subject, request: command, idempotencyKey }, async (em) => {
      const sender = await this.senderOf(em, command);
      const existing = await verificationOf(em, sender.senderNumber, addressKey(sender.contact.email));
      if (existing?.verifiedAt)
        throw ProblemException.of('contactAlreadyVerified', 'The technical contact already confirmed this address.');
      return viewOf(sender.senderNumber, sender.contact.email, await this.request(em, sender, `resend:${uuidv7()}`));
    });
  }

  /** The sender of the acting enterprise, as this service knows it (its events may still be on their way). */
  private async senderOf(em: EntityManager, message: GetContactVerificationQuery): Promise<KnownSender> {
    const sender = await senderByNumber(em, message.target.senderNumber);
    if (!sender || sender.enterpriseNumber !== message.enterpriseNumber)
      throw ProblemException.of('resourceNotFound', `Sender ${message.target.senderNumber} not found.`);
    return sender;
  }
}
