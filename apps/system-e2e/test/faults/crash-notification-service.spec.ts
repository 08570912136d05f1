import { Quality, Streams } from '@chaman/contracts';
import { SERVICE_DURABLES } from '@chaman/platform';
import { type CaughtMail, MailCatcher } from '@chaman/testing';
import { pollUntil, type ProcessSystem, startProcessSystem } from '../../src/processes';
import { confirmContact } from '../notification/notification-fixtures';
import { CONTACT } from '../sender/sender-fixtures';
import { type Party, registerParty, restAccountsOf } from './crash-fixtures';

// Processes start slowly on a busy machine; every wait inside is bounded on its own, with a clearer message.
jest.setTimeout(180_000);

const ACCOUNTS = 30;
const CONSUMER = SERVICE_DURABLES.notificationSenders.durable;
/** Short in the test so that the mails the killed process had taken come back in seconds, not a minute. */
const MAIL_LEASE_MS = 3_000;

describe('crash: kill -9 of the notification-service in the middle of a batch of mails', () => {
  let catcher: MailCatcher;
  let system: ProcessSystem;
  let company: Party;
  const figures = {
    kills: 0,
    backlog: 0,
    sentBeforeKill: 0,
    delivered: 0,
    distinct: 0,
    resentSameMessageId: 0,
    lost: 0,
    recordedTwice: 0,
    catchUpMs: 0,
  };

  /** The contact's mails about one of the test's REST accounts (`account-<n>`), by account name. */
  const accountMails = (): Map<string, CaughtMail[]> => {
    const byAccount = new Map<string, CaughtMail[]>();
    for (const mail of catcher.to(CONTACT.email)) {
      const account = /"(account-\d+)"/.exec(mail.subject)?.[1];
      if (account) byAccount.set(account, [...(byAccount.get(account) ?? []), mail]);
    }
    return byAccount;
  };

  beforeAll(async () => {
    catcher = await new MailCatcher().start();
    system = await startProcessSystem({
      serviceEnv: { SMTP_URL: catcher.url, NOTIFICATION_POLL_MS: '100', NOTIFICATION_SWEEP_MS: '0', MAIL_LEASE: String(MAIL_LEASE_MS) },
    });
    company = await registerParty(system, 7_700_001, [Quality.CPAS]);
  });

  afterAll(async () => {
    await system?.stop();
    await catcher?.stop();
    console.log(
      `[faults] crash=notification-service kills-mid-batch=${figures.kills} backlog=${figures.backlog} sent-before-kill=${figures.sentBeforeKill} ` +
        `delivered=${figures.delivered} distinct=${figures.distinct} resent-same-message-id=${figures.resentSameMessageId} lost=${figures.lost} ` +
        `recorded-twice=${figures.recordedTwice} catch-up-ms=${figures.catchUpMs}`,
    );
  });

  it('sends every mail of the backlog, none of them twice, although killed while sending', async () => {
    const notification = system.service('notification');
    // While it is down, a sender and its REST accounts are created: one mail per account waits on the stream.
    await notification.kill();
    await restAccountsOf(system, company, ACCOUNTS);
    figures.backlog = ACCOUNTS;
    await pollUntil(async () => (await system.outbox('sender')).unpublished === 0, {
      what: 'the sender events on the stream',
      timeoutMs: 20_000,
    });

    // Started again, it works through the backlog; kill -9 once some mails are out and others are not.
    const starting = notification.start().catch(() => undefined);
    // The contact's mail waits for the address to be confirmed: its owner clicks the link, and the backlog goes out.
    await confirmContact(system, catcher, CONTACT.email);
    await pollUntil(() => accountMails().size >= ACCOUNTS / 4, {
      what: 'the notification-service sending its backlog',
      timeoutMs: 90_000,
      intervalMs: 10,
    });
    await notification.kill();
    figures.kills += 1;
    await starting;
    figures.sentBeforeKill = accountMails().size;
    expect(figures.sentBeforeKill).toBeLessThan(ACCOUNTS);

    await notification.start();
    const restarted = Date.now();
    await pollUntil(() => accountMails().size === ACCOUNTS, { what: 'every account mail delivered', timeoutMs: 60_000, intervalMs: 100 });
    figures.catchUpMs = Date.now() - restarted;
    // Whatever was still in flight has had its lease and a poll to show up twice, were it to.
    await pollUntil(
      async () =>
        (await system.query<{ count: number }>('notification', `select count(*)::int as count from mail where status <> 'SENT'`))[0]
          .count === 0,
      { what: 'the mail outbox drained', timeoutMs: 20_000 },
    );

    const mails = [...accountMails().values()].flat();
    figures.delivered = mails.length;
    figures.distinct = new Set(mails.map((mail) => mail.messageId)).size;
    figures.resentSameMessageId = figures.delivered - figures.distinct;
    figures.lost = ACCOUNTS - accountMails().size;
    expect(figures.lost).toBe(0);
    // One message per account: a resend (the one mail the kill caught between the server's acceptance and the
    // mark, if any) carries the same Message-ID, so readers see it once; it never shows as a second message.
    expect(figures.distinct).toBe(ACCOUNTS);
    for (const [account, copies] of accountMails())
      expect([account, new Set(copies.map((mail) => mail.messageId)).size]).toEqual([account, 1]);
    expect(figures.resentSameMessageId).toBeLessThanOrEqual(figures.kills);

    // Each event applied once and each mail recorded once, although events in hand at the kill came back.
    const recorded = await system.query<{ subject: string; times: number }>(
      'notification',
      `select subject, count(*)::int as times from mail where recipient_email = $1 and subject like '%"account-%' group by subject`,
      [CONTACT.email],
    );
    figures.recordedTwice = recorded.filter((mail) => mail.times > 1).length;
    expect(recorded).toHaveLength(ACCOUNTS);
    expect(figures.recordedTwice).toBe(0);
    const processed = await system.query<{ count: number }>(
      'notification',
      'select count(*)::int as count from processed_event where consumer = $1',
      [CONSUMER],
    );
    expect(processed[0].count).toBe(await system.streamMessageCount(Streams.sender));
  });
});
