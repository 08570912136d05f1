import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Received } from './received';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** `<html lang>` of the HTML part. */
  language: string | null;
}

/**
 * A real SMTP server on loopback that keeps every mail it accepts, for tests that wait for mail (never for the
 * clock). `stop` and `start` again on the same port play an SMTP outage.
 */
export class MailCatcher {
  private readonly log = new Received<CaughtMail>('MailCatcher', (mails) => mails.map((mail) => `${mail.to}: ${mail.subject}`).join(' | '));
  readonly received = this.log.items;
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.keep(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): CaughtMail[] {
    return this.received.filter((mail) => mail.to === address.toLowerCase());
  }

  /** Resolves once `predicate` holds over what was received, or fails after `timeoutMs`. */
  waitFor(predicate: (mails: CaughtMail[]) => boolean, timeoutMs = 15_000): Promise<CaughtMail[]> {
    return this.log.waitFor(predicate, timeoutMs);
  }

  private keep(mail: ParsedMail): void {
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    const html = typeof mail.html === 'string' ? mail.html : '';
    this.log.push({
      to: (to?.value[0]?.address ?? '').toLowerCase(),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html,
      messageId: mail.messageId ?? '',
      language: /<html lang="([a-z]+)"/.exec(html)?.[1] ?? null,
    });
  }
}
