import { Position, Quality } from '@chaman/contracts';
import { DueNotices } from '@chaman/notification-service';
import type { MailCatcher, ManualClock } from '@chaman/testing';
import type { RunningSystem } from '../../src';
import { makeCertificate } from '@chaman/testing';
import {
  actOnDelegation,
  API,
  confirmContact,
  type Contact,
  createRestAccount,
  createSender,
  expectStatus,
  type Party,
  registerParty,
  requestDelegation,
  startMailingSystem,
} from './notification-fixtures';

const DAY_MS = 24 * 3_600_000;

/**
 * Certificate-expiry alerts, delegation reminders and outcomes, contact changes and the access-manager fallback,
 * each arriving once in the recipient's language; time moves by the test's clock, never by waiting.
 */
describe('notices on a clock, outcomes, contacts', () => {
  let system: RunningSystem;
  let catcher: MailCatcher;
  let clock: ManualClock;
  let company: Party;
  let intermediary: Party;
  let accountId: string;
  const companyContact: Contact = { firstName: 'Fanny', lastName: 'Dubois', email: 'fanny@cpas-namur.example', language: 'fr' };
  /** The clock runs ahead of the real time certificates are made with. */
  const daysAhead = () => Math.ceil((clock.now().getTime() - Date.now()) / DAY_MS);
  const sweep = () => system.services.get('notification')!.get(DueNotices).sweep();
  const mailsTo = (address: string, fragment: string) =>
    catcher.to(address).filter((mail) => `${mail.subject}\n${mail.text}`.includes(fragment));
  const waitForMail = (address: string, fragment: string) =>
    catcher.waitFor(() => mailsTo(address, fragment).length > 0).then(() => mailsTo(address, fragment));

  beforeAll(async () => {
    ({ system, catcher, clock } = await startMailingSystem());
    company = await registerParty(system, 'CPAS Namur', [Quality.CPAS]);
    // No sender of its own: its access managers hear of what concerns it.
    intermediary = await registerParty(system, 'Logiciels', [Quality.TECHNICAL_INTERMEDIARY]);
    await createSender(system, company, Quality.CPAS, companyContact);
    // Mail to a technical contact waits until the person behind the address confirms it by the link mailed to it.
    await confirmContact(system, catcher, companyContact.email);
    accountId = await createRestAccount(system, company, 'déclarations');
  });

  afterAll(async () => {
    await system?.stop();
    await catcher?.stop();
  });

  it("tells the intermediary's access managers (it has no sender) of a request, reminds them, and tells the company the outcome", async () => {
    const manager = { sub: `${intermediary.chief.sub}-am`, name: 'Ann Manager', email: 'ann.manager@logiciels.example' };
    expectStatus(
      await system.api.as(intermediary.chief, 'PUT', `${API}/enterprises/${intermediary.cbe}/members/${manager.sub}`, {
        body: { position: Position.ACCESS_MANAGER, name: manager.name, email: manager.email },
      }),
      201,
    );
    const id = await requestDelegation(system, company, company, intermediary, accountId);
    const [request] = await waitForMail(manager.email, id);
    expect(request.language).toBe('fr');
    expect(request.subject).toBe(`Chaman: demande de délégation de ${company.name} (${company.cbe}) à traiter`);
    await waitForMail(intermediary.chief.email!, id);

    clock.advance(7 * DAY_MS + 60_000);
    await sweep();
    await waitForMail(manager.email, 'Chaman: rappel');
    clock.advance(21 * DAY_MS);
    await sweep();
    await waitForMail(manager.email, 'expire bientôt');

    await actOnDelegation(system, intermediary, id, 'refuse', { reason: 'pas de contrat' });
    const [outcome] = await waitForMail(companyContact.email, 'refusée');
    // The reason is free text: it stays in the delegation's history in Chaman and never travels on the public stream.
    expect(outcome.text).not.toContain('pas de contrat');
    clock.advance(30 * DAY_MS);
    await sweep();
    expect(mailsTo(manager.email, 'rappel')).toHaveLength(1);
    expect(mailsTo(manager.email, 'expire bientôt')).toHaveLength(1);
  });

  it('alerts at once, in French, for a certificate registered 5 days before it expires, and again when it has expired', async () => {
    const certificate = await makeCertificate({ commonName: 'soon.example.be', validForDays: daysAhead() + 5 });
    expectStatus(
      await system.api.as(company.chief, 'POST', `${API}/enterprises/${company.cbe}/rest-accounts/${accountId}/certificates`, {
        body: { name: 'bientôt', pem: certificate.pem },
      }),
      201,
    );
    const [alert] = await waitForMail(companyContact.email, 'expire dans 7 jours');
    expect(alert.subject).toContain('« bientôt » expire le');
    expect(alert.text).toContain(certificate.fingerprint);
    // The 30-day alert was due too: only the more urgent one went out.
    expect(mailsTo(companyContact.email, 'expire dans 30 jours')).toEqual([]);

    clock.advance(6 * DAY_MS);
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    const [expired] = await waitForMail(companyContact.email, '« bientôt » a expiré');
    expect(expired.language).toBe('fr');
    expect(await sweep()).toBe(0);
    expect(mailsTo(companyContact.email, '« bientôt » a expiré')).toHaveLength(1);
  });

  it('alerts 30 days, then 7 days before expiry, each once', async () => {
    const certificate = await makeCertificate({ commonName: 'later.example.be', validForDays: daysAhead() + 60 });
    expectStatus(
      await system.api.as(company.chief, 'POST', `${API}/enterprises/${company.cbe}/rest-accounts/${accountId}/certificates`, {
        body: { name: 'plus tard', pem: certificate.pem },
      }),
      201,
    );
    await waitForMail(companyContact.email, 'certificat « plus tard » enregistré');
    await sweep();
    expect(mailsTo(companyContact.email, '« plus tard » expire')).toEqual([]);
    clock.advance(31 * DAY_MS);
    await sweep();
    await waitForMail(companyContact.email, 'expire dans 30 jours');
    clock.advance(23 * DAY_MS);
    await sweep();
    await sweep();
    await catcher.waitFor(() => mailsTo(companyContact.email, '« plus tard » expire').length === 2);
    const alerts = mailsTo(companyContact.email, '« plus tard » expire');
    expect(alerts.map((mail) => /dans (\d+) jours/.exec(mail.text)?.[1]).sort()).toEqual(['30', '7']);
  });

  it('counts the relaunches the intermediary has left in the mail to the company', async () => {
    const other = await registerParty(system, 'SoftWerk', [Quality.TECHNICAL_INTERMEDIARY]);
    await createSender(system, other, Quality.TECHNICAL_INTERMEDIARY, {
      firstName: 'Uwe',
      lastName: 'Kraus',
      email: 'uwe@softwerk.example',
      language: 'de',
    });
    await confirmContact(system, catcher, 'uwe@softwerk.example');
    const id = await requestDelegation(system, other, company, other, await createRestAccount(system, company, 'lohn'));
    await actOnDelegation(system, company, id, 'refuse');
    const [refused] = await waitForMail('uwe@softwerk.example', 'abgelehnt');
    expect(refused.language).toBe('de');
    await actOnDelegation(system, other, id, 'relaunch');
    const [relaunch] = await waitForMail(companyContact.email, 'relance sa demande');
    expect(relaunch.text).toContain("Il reste à l'intermédiaire 19 relance(s) sur 20");
  });

  it('tells a replaced contact it was replaced, and the new one that it now is, each in its own language', async () => {
    const next: Contact = { firstName: 'Jan', lastName: 'Smet', email: 'jan.smet@cpas-namur.example', language: 'nl' };
    expectStatus(
      await system.api.as(company.chief, 'PUT', `${API}/enterprises/${company.cbe}/senders/${company.senderNumber}/contact`, {
        body: next,
      }),
      200,
    );
    const [replaced] = await waitForMail(companyContact.email, "vous n'êtes plus le contact technique");
    expect(replaced.text).toContain('Jan Smet vous remplace');
    await confirmContact(system, catcher, next.email);
    const [appointed] = await waitForMail(next.email, 'u bent de technische contactpersoon');
    expect(appointed.language).toBe('nl');
  });
});
