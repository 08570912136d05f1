import { Quality } from '@chaman/contracts';
import type { MailCatcher, ManualClock } from '@chaman/testing';
import type { RunningSystem } from '../../src';
import {
  confirmContact,
  type Contact,
  createRestAccount,
  createSender,
  notificationRows,
  type Party,
  registerParty,
  requestDelegation,
  startMailingSystem,
} from './notification-fixtures';

/** The counterparty of a delegation hears of it by mail, once, in its technical contact's language. */
describe('delegation mails', () => {
  let system: RunningSystem;
  let catcher: MailCatcher;
  let clock: ManualClock;
  let company: Party;
  let intermediary: Party;
  let accountId: string;
  const companyContact: Contact = { firstName: 'Nele', lastName: 'Claes', email: 'nele.claes@cpas.example', language: 'nl' };
  const intermediaryContact: Contact = { firstName: 'Dieter', lastName: 'Schmitz', email: 'dieter@softhouse.example', language: 'de' };

  beforeAll(async () => {
    ({ system, catcher, clock } = await startMailingSystem());
    company = await registerParty(system, 'CPAS Gent', [Quality.CPAS]);
    intermediary = await registerParty(system, 'SoftHouse', [Quality.TECHNICAL_INTERMEDIARY]);
    await createSender(system, company, Quality.CPAS, companyContact);
    await createSender(system, intermediary, Quality.TECHNICAL_INTERMEDIARY, intermediaryContact);
    // Mail to a technical contact waits until the person behind the address confirms it by the link mailed to it.
    await confirmContact(system, catcher, companyContact.email);
    await confirmContact(system, catcher, intermediaryContact.email);
    accountId = await createRestAccount(system, company, 'aangiften');
  });

  afterAll(async () => {
    await system?.stop();
    await catcher?.stop();
  });

  it('tells the new technical contact, in its language, that it now is one', async () => {
    await catcher.waitFor(() =>
      catcher.to(companyContact.email).some((mail) => mail.subject.includes('u bent de technische contactpersoon')),
    );
    const [mail] = catcher
      .to(companyContact.email)
      .filter((candidate) => candidate.subject.includes('u bent de technische contactpersoon'));
    expect(mail.language).toBe('nl');
    expect(mail.text).toContain(company.senderNumber);
    expect(mail.text).toContain(`${company.name} (${company.cbe})`);
    expect(mail.html).toContain('<html lang="nl">');
  });

  it("sends the intermediary's request to the company's contact, in Dutch, with the facts", async () => {
    const id = await requestDelegation(system, intermediary, company, intermediary, accountId);
    const about = (subject: string) =>
      catcher.to(companyContact.email).filter((mail) => mail.text.includes(id) && mail.subject.includes(subject));
    await catcher.waitFor(() => about('delegatieaanvraag').length > 0);
    const [mail] = about('delegatieaanvraag');
    expect(mail.subject).toBe(`Chaman: delegatieaanvraag van ${intermediary.name} (${intermediary.cbe}) te behandelen`);
    expect(mail.text).toContain('REST-account "aangiften"');
    expect(mail.text).toContain('Beste Nele Claes,');
    expect(catcher.to(intermediaryContact.email).filter((candidate) => candidate.text.includes(id))).toEqual([]);
  });

  it('has sent every recorded mail exactly once', async () => {
    const rows = await notificationRows<{ id: string }>(system, 'select id from mail');
    await catcher.waitFor((mails) => mails.length >= rows.length);
    const ids = catcher.received.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(rows.map((row) => `<${row.id}@chaman.notification>`).sort());
  });

  it('keeps mail through an SMTP outage and delivers it, once, when the server is back', async () => {
    await catcher.stop();
    const id = await requestDelegation(
      system,
      intermediary,
      company,
      intermediary,
      await createRestAccount(system, company, 'tijdens de storing'),
    );
    const failed = async () =>
      notificationRows<{ attempts: number }>(
        system,
        "select attempts from mail where status = 'PENDING' and attempts > 0 and text_body like $1",
        [`%${id}%`],
      );
    for (let tries = 0; (await failed()).length === 0; tries += 1) {
      if (tries > 200) throw new Error('the outage never failed an attempt');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(catcher.received.filter((mail) => mail.text.includes(id))).toEqual([]);
    await catcher.start();
    clock.advance(60_000);
    await catcher.waitFor(() => catcher.to(companyContact.email).some((mail) => mail.text.includes(id)));
    expect(catcher.to(companyContact.email).filter((mail) => mail.text.includes(id))).toHaveLength(1);
  });
});
