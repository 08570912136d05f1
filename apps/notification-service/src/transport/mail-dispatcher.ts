import { CLOCK, type Clock, LOGGER } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { nextMailDelay } from '../domain/retry-schedule';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { claimDueMails, markMailFailed, markMailSent, type MailToSend } from '../persistence/mail-outbox';
import { PollingLoop } from './polling-loop';

const BATCH = 20;

/**
 * Sends the mail outbox over SMTP, one mail at a time, marking each sent right after the server accepted it. An SMTP
 * outage fails the attempt and moves the mail's due time back (10 s doubling to 1 h): mail is delayed, never dropped.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly loop: PollingLoop;

  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.transport = createTransport(settings.smtpUrl, { from: settings.mailFrom });
    this.loop = new PollingLoop('mail', settings.dispatchPollMs, () => this.sendDue(), logger);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    this.transport.close();
  }

  wake(): void {
    this.loop.wake();
  }

  /** One batch; returns how many were sent (0 lets the loop rest until the next poll). */
  async sendDue(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    const mails = await claimDueMails(em, this.clock.now(), this.settings.mailLeaseMs, BATCH);
    let sent = 0;
    for (const mail of mails) {
      if (await this.send(em, mail)) sent += 1;
      else break; // The server is failing: the rest of the batch waits for its lease rather than hammering it.
    }
    return sent;
  }

  private async send(em: EntityManager, mail: MailToSend): Promise<boolean> {
    try {
      await this.transport.sendMail({
        to: mail.recipientName ? { name: mail.recipientName, address: mail.recipientEmail } : mail.recipientEmail,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // A stable Message-ID: should a crash resend a mail the server had already taken, readers see one message.
        messageId: `<${mail.id}@chaman.notification>`,
      });
    } catch (error) {
      const retryAt = new Date(this.clock.now().getTime() + nextMailDelay(mail.attempts + 1));
      await markMailFailed(em, mail.id, (error as Error).message, retryAt);
      // A short outage is routine; one that lasts is worth a warning.
      this.logger[mail.attempts >= 4 ? 'warn' : 'info'](
        { err: error, mailId: mail.id, attempts: mail.attempts + 1, retryAt },
        'mail not sent; will retry',
      );
      return false;
    }
    await markMailSent(em, mail.id, this.clock.now());
    return true;
  }
}
