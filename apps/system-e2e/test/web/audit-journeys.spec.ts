import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuilt } from '../../../web/test/web-build';
import { checkScreen, launchChromium, logInFromWelcome } from '../../src/browser';
import type { Person } from '../../src/api-client';
import { AccessEvents, type MemberData } from '@chaman/contracts';
import { pollUntil, publishEvents } from '../../src/processes';
import { closeJourney, startWebSystem, type WebSystem } from '../../src/web';

/**
 * The journal and the operator's desk in a real browser against the whole system: an access manager filters and
 * exports the journal; an operator finds the enterprise, re-enables its failing webhook and resends a mail that could
 * not be sent, replays a parked event that fails again and discards it; the journal then shows the operator's action. Every screen passes axe and a language switch,
 * and leaves its screenshots in French and Dutch.
 */
const CPAS = '0200065765';
const ANNE: Person = { sub: 'anne', name: 'Anne Lemaire', email: 'anne@cpas-namur.example' };
const MARC: Person = { sub: 'marc', name: 'Marc Dupont', email: 'marc@cpas-namur.example' };
const OPERATOR: Person = { sub: 'olga', name: 'Olga Operator', email: 'olga@portal.example', roles: ['chaman-admin'] };
/** Nobody answers there: deliveries and mails fail, as the desk needs them to. */
const DEAD_WEBHOOK = 'http://127.0.0.1:9/hooks';

let system: WebSystem;
let browser: Browser;
const contexts: BrowserContext[] = [];
let anne: Page;
let olga: Page;

const api = (person: Person, method: string, path: string, body?: unknown) => system.api.as(person, method, `/api/v1${path}`, { body });

async function personIn(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, baseURL: system.baseUrl, acceptDownloads: true });
  context.setDefaultTimeout(10_000);
  contexts.push(context);
  return context.newPage();
}

async function logIn(page: Page, person: Person, operator = false): Promise<void> {
  await page.goto('/');
  await logInFromWelcome(page, system.baseUrl, person, operator);
}

beforeAll(async () => {
  ensureWebBuilt();
  [system, browser] = await Promise.all([startWebSystem({ serviceEnv: { SMTP_URL: 'smtp://127.0.0.1:9' } }), launchChromium()]);
  const expectOk = async (promise: ReturnType<typeof api>) => {
    const response = await promise;
    if (response.status >= 300) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  };
  await expectOk(
    api(OPERATOR, 'POST', '/enterprises', {
      enterpriseNumber: CPAS,
      name: 'CPAS de Namur',
      qualities: ['CPAS'],
      chiefAccessManager: { userId: ANNE.sub, name: ANNE.name, email: ANNE.email },
    }),
  );
  await expectOk(api(ANNE, 'PUT', `/enterprises/${CPAS}/members/${MARC.sub}`, { position: 'USER', name: MARC.name, email: MARC.email }));
  await expectOk(api(ANNE, 'PUT', `/enterprises/${CPAS}/members/${MARC.sub}/permissions/chaman.technical-channels`));
  await expectOk(
    api(ANNE, 'POST', `/enterprises/${CPAS}/senders`, {
      quality: 'CPAS',
      contact: { firstName: 'Lise', lastName: 'Noël', email: 'lise@cpas-namur.example', language: 'fr' },
    }),
  );
  await expectOk(api(ANNE, 'POST', `/enterprises/${CPAS}/webhooks`, { url: DEAD_WEBHOOK }));
  // The webhook fails on the events that follow, and the contact's mail on the absent SMTP server.
  await expectOk(
    api(
      ANNE,
      'POST',
      `/enterprises/${CPAS}/senders/${(await api(ANNE, 'GET', `/enterprises/${CPAS}/senders`)).body.items[0].senderNumber}/channels`,
      { type: 'FTP' },
    ),
  );
  // A member event without its member: the notification-service's consumers give up on it and park it.
  const bus = system.system;
  await publishEvents(
    bus.nats.url,
    bus.subjectPrefix,
    AccessEvents.memberAppointed,
    [{ subject: CPAS, data: null as unknown as MemberData }],
    bus.nats.credentials('access'),
  );
}, 240_000);

afterAll(() => closeJourney(contexts, browser, system));

jest.setTimeout(120_000);

describe('the journal and the desk in a browser', () => {
  it('lets the access manager read the journal, filter it and export it', async () => {
    anne = await personIn('fr-BE');
    await logIn(anne, ANNE);
    await pollUntil(async () => ((await api(ANNE, 'GET', `/enterprises/${CPAS}/audit?kind=sender`)).body.items?.length ?? 0) >= 2, {
      what: 'the sender changes in the trail',
      timeoutMs: 30_000,
    });
    await anne.getByRole('link', { name: 'Journal' }).click();
    await anne.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    await anne.getByText('Droit accordé').waitFor();
    await checkScreen(anne, 'journal');
    await anne.getByLabel('Domaine').selectOption('access');
    await anne.getByLabel('Personne').fill(MARC.sub);
    await anne.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await anne.waitForURL(/kind=access/);
    // The previous page stays on screen until the filtered one arrives.
    await anne.getByRole('cell', { name: 'Canal ajouté' }).waitFor({ state: 'detached' });
    expect(await anne.getByRole('cell', { name: 'Membre ajouté' }).count()).toBe(1);
    expect(await anne.getByRole('cell', { name: 'Droit accordé' }).count()).toBe(1);
    const [download] = await Promise.all([anne.waitForEvent('download'), anne.getByRole('link', { name: 'Exporter en CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF"at";"kind";')).toBe(true);
    const kinds = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(';')[1]);
    expect(kinds.sort()).toEqual(['"access.member-appointed"', '"access.permission-granted"']);
  });

  it('lets an operator find the enterprise, see it read-only, re-enable its failing webhook and resend a mail', async () => {
    olga = await personIn('nl-BE');
    await logIn(olga, OPERATOR, true);
    await olga.getByRole('link', { name: 'Operatorbalie' }).click();
    await olga.getByRole('heading', { level: 1, name: 'Operatorbalie' }).waitFor();
    const some = async (path: string) => ((await api(OPERATOR, 'GET', path)).body.items?.length ?? 0) > 0;
    await pollUntil(
      async () =>
        (await some('/admin/failing-webhooks')) && (await some('/admin/unsent-mails')) && (await some('/admin/parked-events/notification')),
      {
        what: 'a failing webhook, an unsent mail and a parked event',
        timeoutMs: 30_000,
      },
    );
    await olga.reload();
    await olga.getByRole('button', { name: /Opnieuw inschakelen/ }).waitFor();
    await checkScreen(olga, 'operator-desk');
    await olga.getByRole('button', { name: /Opnieuw inschakelen/ }).click();
    await olga.getByText(`De webhook ${DEAD_WEBHOOK} is opnieuw ingeschakeld.`).waitFor();
    await olga
      .getByRole('button', { name: /Nu opnieuw verzenden/ })
      .first()
      .click();
    await olga.getByText(/vertrekt bij de volgende poging/).waitFor();
    await olga
      .getByRole('button', { name: /Opnieuw verwerken/ })
      .first()
      .click();
    await olga.getByText('De gebeurtenis mislukte opnieuw; ze blijft opzijgezet.').waitFor();
    const parkedBefore = (await api(OPERATOR, 'GET', '/admin/parked-events/notification')).body.items.length;
    await olga
      .getByRole('button', { name: /Verwerpen/ })
      .first()
      .click();
    await olga.getByText(/is verworpen/).waitFor();
    expect((await api(OPERATOR, 'GET', '/admin/parked-events/notification')).body.items.length).toBe(parkedBefore - 1);
    await olga.getByLabel('Nummer of naam van de onderneming').fill('namur');
    await olga.getByRole('button', { name: 'Zoeken' }).click();
    await olga.getByRole('link', { name: 'CPAS de Namur (0200.065.765)' }).click();
    await olga.getByRole('heading', { level: 1, name: 'Onderneming CPAS de Namur' }).waitFor();
    await olga.getByText(`${MARC.name} (${MARC.sub})`).waitFor();
    await olga.getByText('Lise Noël <lise@cpas-namur.example>').waitFor();
    await checkScreen(olga, 'operator-desk-enterprise');
  });

  it("shows the operator's action in the enterprise's journal", async () => {
    await anne.goto(`/e/${CPAS}/audit?kind=operator`);
    await anne.getByText('Webhook réactivé par un opérateur').waitFor();
    await anne.getByText('Opérateur de la plateforme').waitFor();
  });
});
