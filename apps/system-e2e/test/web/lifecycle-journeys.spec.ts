import { makeCertificate } from '@chaman/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { ensureWebBuilt } from '../../../web/test/web-build';
import { checkScreen, launchChromium } from '../../src/browser';
import type { Person } from '../../src/api-client';
import { closeJourney, loggedInPage, registerEnterprises, startWebSystem, type WebSystem } from '../../src/web';

/**
 * Issue #22 in a real browser: a company closes a REST account it delegated; the confirmation page says what stops,
 * and the intermediary sees its delegation end. Every screen passes axe and the language switch; screenshots fr, nl.
 */
const CPAS = '0104020226';
const SOFTHOUSE = '0104020325';
const ANNA = { sub: 'anna', name: 'Anna Leclercq', email: 'anna@cpas-namur.example' };
const BRAM = { sub: 'bram', name: 'Bram Janssens', email: 'bram@softhouse-gent.example' };

let system: WebSystem;
let browser: Browser;
const contexts: BrowserContext[] = [];
let senderNumber = '';
let accountId = '';
let delegationId = '';

const api = (person: Person, method: string, path: string, body?: unknown) => system.api.as(person, method, `/api/v1${path}`, { body });

const loggedIn = (locale: string, person: Person) => loggedInPage(system, browser, contexts, { locale, person });

beforeAll(async () => {
  ensureWebBuilt();
  [system, browser] = await Promise.all([startWebSystem(), launchChromium()]);
  await registerEnterprises(system, [
    [CPAS, 'CPAS de Namur', ['CPAS'], ANNA],
    [SOFTHOUSE, 'SoftHouse Gent', ['TECHNICAL_INTERMEDIARY'], BRAM],
  ]);
  const contact = { firstName: 'Anna', lastName: 'Leclercq', email: ANNA.email, language: 'fr' };
  senderNumber = (await api(ANNA, 'POST', `/enterprises/${CPAS}/senders`, { quality: 'CPAS', contact })).body.senderNumber;
  accountId = (
    await api(ANNA, 'POST', `/enterprises/${CPAS}/senders/${senderNumber}/rest-accounts`, {
      name: 'Aide sociale',
      environment: 'PRODUCTION',
      scopes: ['aid:write'],
    })
  ).body.id;
  delegationId = (
    await api(BRAM, 'POST', `/enterprises/${SOFTHOUSE}/delegations`, {
      companyEnterpriseNumber: CPAS,
      companyQuality: 'CPAS',
      intermediaryEnterpriseNumber: SOFTHOUSE,
      restAccountId: accountId,
    })
  ).body.id;
  expect((await api(ANNA, 'POST', `/enterprises/${CPAS}/delegations/${delegationId}/accept`, {})).status).toBe(200);
  // The intermediary's certificate on the account: it becomes inactive with the closure.
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const added = await api(BRAM, 'POST', `/enterprises/${SOFTHOUSE}/rest-accounts/${accountId}/certificates`, {
      name: 'Gent',
      pem: (await makeCertificate()).pem,
    });
    if (added.status === 201) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 300_000);

afterAll(() => closeJourney(contexts, browser, system));

describe('ending things in a browser', () => {
  it('the company closes a delegated REST account after a page saying what stops; the intermediary sees the delegation end', async () => {
    const anna = await loggedIn('fr-BE', ANNA);
    await anna.goto(`/e/${CPAS}/rest-accounts/${accountId}?sender=${senderNumber}`);
    await anna.getByRole('link', { name: 'Fermer ce compte' }).click();
    await anna.getByRole('heading', { name: 'Fermer le compte REST « Aide sociale »' }).waitFor();
    await anna.getByText(/les délégations du compte : elles prennent fin/).waitFor();
    await checkScreen(anna, 'close-rest-account');
    await anna.getByRole('button', { name: 'Fermer le compte REST' }).click();
    await anna.getByText('Le compte REST « Aide sociale » est fermé.').waitFor();
    await checkScreen(anna);

    const bram = await loggedIn('nl-BE', BRAM);
    for (let attempt = 0; attempt < 40; attempt += 1) {
      await bram.goto(`/e/${SOFTHOUSE}/delegations/${delegationId}`);
      await bram.locator('h1').waitFor();
      if (await bram.getByText('Beëindigd met het REST-account').first().isVisible()) break;
      await bram.waitForTimeout(500);
    }
    await bram.getByText('Beëindigd met het REST-account').first().waitFor();
    await bram.getByText('Sluiting van het REST-account').first().waitFor();
    await checkScreen(bram, 'delegation-account-closed');
    const certificates = await api(BRAM, 'GET', `/enterprises/${SOFTHOUSE}/rest-accounts/${accountId}/certificates`);
    expect(certificates.status).toBe(404);
  }, 180_000);
});
