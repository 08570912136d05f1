import { Quality } from '@chaman/contracts';
import type { MailCatcher, ManualClock } from '@chaman/testing';
import type { RunningSystem } from '../../src';
import {
  API,
  type Contact,
  createRestAccount,
  createSender,
  expectStatus,
  notificationRows,
  type Party,
  registerParty,
  startMailingSystem,
  verificationTokenFor,
} from './notification-fixtures';

const DAY_MS = 24 * 3_600_000;

/**
 * The technical contact's address is typed by the sender's manager: nothing but the verification link is mailed to
 * it until the person behind it confirms; what was meant for them waits (held, not lost) and goes out then.
 */
describe("verifying the technical contact's address by a link", () => {
  let system: RunningSystem;
  let catcher: MailCatcher;
  let clock: ManualClock;
  let company: Party;
  const lise: Contact = { firstName: 'Lise', lastName: 'Noël', email: 'lise@cpas-verif.example', language: 'fr' };
  const marc: Contact = { firstName: 'Marc', lastName: 'Peeters', email: 'Marc.Peeters@cpas-verif.example', language: 'nl' };
  const verificationPath = () => `${API}/enterprises/${company.cbe}/senders/${company.senderNumber}/contact-verification`;
  const confirm = (token: string) => system.api.request('POST', `${API}/contact-verifications/${token}`);
  const heldFor = (address: string) =>
    notificationRows<{ message: string; status: string }>(
      system,
      'select message, status from mail where lower(recipient_email) = lower($1) order by created_at, id',
      [address],
    );

  beforeAll(async () => {
    ({ system, catcher, clock } = await startMailingSystem());
    company = await registerParty(system, 'CPAS Verif', [Quality.CPAS]);
  });

  afterAll(async () => {
    await system?.stop();
    await catcher?.stop();
  });

  it('mails only the link to a new contact, holds the rest, and sends it once the link is confirmed (no account needed)', async () => {
    await createSender(system, company, Quality.CPAS, lise);
    const token = await verificationTokenFor(catcher, lise.email);
    const [link] = catcher.to(lise.email);
    expect(link.subject).toBe(`Chaman: confirmez votre adresse de contact technique de l'expéditeur ${company.senderNumber}`);
    expect(link.text).toContain(`http://localhost:3000/contact-verification/${token}`);
    await createRestAccount(system, company, 'déclarations');

    // The mails meant for the contact are written, held: the dispatcher never takes them.
    let rows = await heldFor(lise.email);
    for (let tries = 0; rows.length < 4 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await heldFor(lise.email);
    }
    const byMessage = (list: { message: string }[]) => [...list].sort((a, b) => a.message.localeCompare(b.message));
    expect(byMessage(rows)).toEqual([
      { message: 'channel-added', status: 'HELD' },
      { message: 'contact-appointed', status: 'HELD' },
      { message: 'contact-verification', status: 'SENT' },
      { message: 'rest-account-created', status: 'HELD' },
    ]);
    expect(catcher.to(lise.email)).toHaveLength(1);
    const pending = expectStatus(await system.api.as(company.chief, 'GET', verificationPath()), 200);
    expect(pending.body).toMatchObject({ senderNumber: company.senderNumber, email: lise.email, status: 'PENDING' });
    expect(Date.parse(pending.body.expiresAt) - clock.now().getTime()).toBe(7 * DAY_MS);

    const confirmed = expectStatus(await confirm(token), 200);
    expect(confirmed.body).toMatchObject({ senderNumber: company.senderNumber, email: lise.email.toLowerCase(), status: 'VERIFIED' });
    await catcher.waitFor(() => catcher.to(lise.email).length === 4);
    expect(
      catcher
        .to(lise.email)
        .map((mail) => mail.subject.split(' ')[1])
        .sort(),
    ).toEqual(['canal', 'compte', 'confirmez', 'vous']);
    expect((await heldFor(lise.email)).map((mail) => mail.status)).toEqual(['SENT', 'SENT', 'SENT', 'SENT']);
    expect(expectStatus(await system.api.as(company.chief, 'GET', verificationPath()), 200).body.status).toBe('VERIFIED');

    // The link works once; a confirmed address needs no new one.
    const again = await confirm(token);
    expect([again.status, again.body.code]).toEqual([409, 'verificationTokenUsed']);
    const resend = await system.api.as(company.chief, 'POST', verificationPath());
    expect([resend.status, resend.body.code]).toEqual([409, 'contactAlreadyVerified']);
  });

  it('asks a new address to confirm, refuses a replaced, an expired, an unknown or a malformed token, and accepts a fresh one', async () => {
    expectStatus(
      await system.api.as(company.chief, 'PUT', `${API}/enterprises/${company.cbe}/senders/${company.senderNumber}/contact`, {
        body: marc,
      }),
      200,
    );
    const first = await verificationTokenFor(catcher, marc.email);
    // The confirmed previous contact hears at once that they were replaced.
    await catcher.waitFor(() => catcher.to(lise.email).some((mail) => mail.text.includes('Marc Peeters')));

    expectStatus(await system.api.as(company.chief, 'POST', verificationPath()), 200);
    const second = await verificationTokenFor(catcher, marc.email, 2);
    expect(second).not.toBe(first);
    const replaced = await confirm(first);
    expect([replaced.status, replaced.body.code]).toEqual([404, 'verificationTokenUnknown']);

    clock.advance(7 * DAY_MS + 60_000);
    const expired = await confirm(second);
    expect([expired.status, expired.body.code]).toEqual([410, 'verificationTokenExpired']);
    const unknown = await confirm('A'.repeat(43));
    expect([unknown.status, unknown.body.code]).toEqual([404, 'verificationTokenUnknown']);
    const malformed = await confirm('not-a-token');
    expect([malformed.status, malformed.body.issues?.[0]?.in]).toEqual([400, 'path']);
    expect(catcher.to(marc.email)).toHaveLength(2);

    expectStatus(await system.api.as(company.chief, 'POST', verificationPath()), 200);
    expectStatus(await confirm(await verificationTokenFor(catcher, marc.email, 3)), 200);
    // Then the held appointment goes out, in the new contact's language.
    await catcher.waitFor(() => catcher.to(marc.email).some((mail) => mail.subject.includes('technische contactpersoon van afzender')));
  });

  it("keeps an address confirmed for the sender when it comes back, and answers no other enterprise's sender", async () => {
    expectStatus(
      await system.api.as(company.chief, 'PUT', `${API}/enterprises/${company.cbe}/senders/${company.senderNumber}/contact`, {
        body: lise,
      }),
      200,
    );
    await catcher.waitFor(() => catcher.to(lise.email).length === 6);
    // The appointment goes out at once, no new link: lise confirmed this address for this sender already.
    expect(catcher.to(lise.email).filter((mail) => mail.text.includes('/contact-verification/'))).toHaveLength(1);
    expect(expectStatus(await system.api.as(company.chief, 'GET', verificationPath()), 200).body.status).toBe('VERIFIED');

    const other = await registerParty(system, 'CPAS Autre', [Quality.CPAS]);
    const foreign = await system.api.as(
      other.chief,
      'GET',
      `${API}/enterprises/${other.cbe}/senders/${company.senderNumber}/contact-verification`,
    );
    expect([foreign.status, foreign.body.code]).toEqual([404, 'resourceNotFound']);
  });
});
