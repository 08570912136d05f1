import type { Browser, BrowserContext } from 'playwright-core';
import { ensureWebBuilt } from '../../../web/test/web-build';
import { checkScreen, launchChromium, makeSshPublicKey } from '../../src/browser';
import type { Person } from '../../src/api-client';
import { closeJourney, loggedInPage, registerEnterprises, startWebSystem, type WebSystem } from '../../src/web';

/**
 * Issue #22's other screens in a real browser: a channel's key replaced and the channel closed, the chief access
 * manager role handed over (by the chief, then back by a platform operator), an end date set on a delegation and
 * reached, a sender closed. Every screen passes axe and the language switch; screenshots fr, nl.
 */
const CPAS = '0104020424';
const SOFTHOUSE = '0104020523';
const ANNA = { sub: 'anna', name: 'Anna Leclercq', email: 'anna@cpas-huy.example' };
const CAROL = { sub: 'carol', name: 'Carol Peeters', email: 'carol@cpas-huy.example' };
const BRAM = { sub: 'bram', name: 'Bram Janssens', email: 'bram@softhouse-gent.example' };
const OLGA = { sub: 'olga', name: 'Olga Operator', email: 'olga@portal.example' };
const OPERATOR = { sub: 'op', roles: ['chaman-admin'] };

let system: WebSystem;
let browser: Browser;
const contexts: BrowserContext[] = [];
let senderNumber = '';
let delegationId = '';

const api = (person: Person, method: string, path: string, body?: unknown) => system.api.as(person, method, `/api/v1${path}`, { body });
const expectOk = async (promise: ReturnType<typeof api>) => {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};

const loggedIn = (locale: string, person: Person, operator = false) =>
  loggedInPage(system, browser, contexts, { locale, person, operator });

const chiefOf = async (cbe: string) =>
  (
    (await expectOk(api(OPERATOR, 'GET', `/admin/enterprises/${cbe}/members?limit=50`))) as {
      items: { userId: string; position: string }[];
    }
  ).items
    .filter((member) => member.position === 'CHIEF_ACCESS_MANAGER')
    .map((member) => member.userId);

beforeAll(async () => {
  ensureWebBuilt();
  [system, browser] = await Promise.all([startWebSystem({ serviceEnv: { DELEGATION_EXPIRY_SWEEP_MS: '1000' } }), launchChromium()]);
  await registerEnterprises(system, [
    [CPAS, 'CPAS de Huy', ['CPAS'], ANNA],
    [SOFTHOUSE, 'SoftHouse Gent', ['TECHNICAL_INTERMEDIARY'], BRAM],
  ]);
  await expectOk(
    api(ANNA, 'PUT', `/enterprises/${CPAS}/members/${CAROL.sub}`, { name: CAROL.name, email: CAROL.email, position: 'ACCESS_MANAGER' }),
  );
  const contact = { firstName: 'Anna', lastName: 'Leclercq', email: ANNA.email, language: 'fr' };
  senderNumber = (
    (await expectOk(api(ANNA, 'POST', `/enterprises/${CPAS}/senders`, { quality: 'CPAS', contact }))) as { senderNumber: string }
  ).senderNumber;
  await expectOk(
    api(ANNA, 'POST', `/enterprises/${CPAS}/senders/${senderNumber}/channels`, { type: 'SFTP', sshPublicKey: makeSshPublicKey('old') }),
  );
  const accountId = (
    (await expectOk(
      api(ANNA, 'POST', `/enterprises/${CPAS}/senders/${senderNumber}/rest-accounts`, {
        name: 'Aide sociale',
        environment: 'PRODUCTION',
        scopes: ['aid:write'],
      }),
    )) as { id: string }
  ).id;
  delegationId = (
    (await expectOk(
      api(BRAM, 'POST', `/enterprises/${SOFTHOUSE}/delegations`, {
        companyEnterpriseNumber: CPAS,
        companyQuality: 'CPAS',
        intermediaryEnterpriseNumber: SOFTHOUSE,
        restAccountId: accountId,
      }),
    )) as { id: string }
  ).id;
  await expectOk(api(ANNA, 'POST', `/enterprises/${CPAS}/delegations/${delegationId}/accept`, {}));
}, 300_000);

afterAll(() => closeJourney(contexts, browser, system));

describe('the rest of the lifecycle in a browser', () => {
  it('the company replaces its SFTP key, then closes the channel, each after a page saying what stops', async () => {
    const anna = await loggedIn('fr-BE', ANNA);
    await anna.goto(`/e/${CPAS}/senders/${senderNumber}`);
    await anna.getByRole('link', { name: 'Remplacer la clé du canal Batch SFTP' }).click();
    await anna.getByRole('heading', { name: 'Remplacer la clé SFTP' }).waitFor();
    await checkScreen(anna, 'replace-sftp-key');
    await anna
      .getByLabel('Clé publique SSH')
      .setInputFiles({ name: 'id_ed25519.pub', mimeType: 'text/plain', buffer: Buffer.from(makeSshPublicKey('new')) });
    await anna.getByRole('button', { name: 'Remplacer la clé' }).click();
    await anna.getByText(/La clé SFTP est remplacée\. Nouvelle empreinte : SHA256:/).waitFor();

    await anna.getByRole('link', { name: 'Fermer le canal Batch SFTP' }).click();
    await anna.getByRole('heading', { name: 'Fermer le canal Batch SFTP' }).waitFor();
    await anna.getByText(/n'ouvre plus le serveur SFTP/).waitFor();
    await checkScreen(anna, 'close-channel');
    await anna.getByRole('button', { name: 'Fermer le canal' }).click();
    await anna.getByText('Le canal Batch SFTP est fermé.').waitFor();
    // The REST channel that came with the REST account stays.
    await anna.getByRole('cell', { name: 'Service web REST', exact: true }).waitFor();
    expect(await anna.getByRole('cell', { name: 'Batch SFTP', exact: true }).count()).toBe(0);
    await checkScreen(anna);
  }, 180_000);

  it('the company sets an end date on the delegation; the intermediary sees it', async () => {
    const anna = await loggedIn('fr-BE', ANNA);
    await anna.goto(`/e/${CPAS}/delegations/${delegationId}`);
    const nextYear = new Date().getUTCFullYear() + 1;
    await anna.getByLabel('Prend fin le').fill(`${nextYear}-01-31`);
    await anna.getByRole('button', { name: 'Fixer la date de fin' }).click();
    await anna.getByText('La date de fin est enregistrée.').waitFor();
    await anna.getByText(`31 janvier ${nextYear}`).waitFor();
    await checkScreen(anna, 'delegation-end-date');
    const seen = (await expectOk(api(BRAM, 'GET', `/enterprises/${SOFTHOUSE}/delegations/${delegationId}`))) as { endsOn?: string };
    expect(seen.endsOn?.slice(0, 10)).toBe(`${nextYear}-01-31`);

    const bram = await loggedIn('nl-BE', BRAM);
    await bram.goto(`/e/${SOFTHOUSE}/delegations/${delegationId}`);
    await bram.getByText(`31 januari ${nextYear}`).waitFor();
    expect(await bram.getByLabel('Eindigt op').count()).toBe(0);
  }, 180_000);

  it('on its end date the delegation ends: the intermediary sees it end', async () => {
    // The test moves the delegation-service's clock past the end date (31 January next year): restarted with the
    // clock ahead, its own sweep (every second here) finds the delegation due.
    const endsOn = Date.UTC(new Date().getUTCFullYear() + 1, 0, 31);
    await system.system.service('delegation').restartWith({ CLOCK_OFFSET_MS: String(endsOn - Date.now() + 2 * 24 * 60 * 60 * 1000) });
    const bram = await loggedIn('nl-BE', BRAM);
    for (let attempt = 0; attempt < 40; attempt += 1) {
      await bram.goto(`/e/${SOFTHOUSE}/delegations/${delegationId}`);
      await bram.locator('h1').waitFor();
      if (await bram.getByText('Beëindigd (einddatum)').first().isVisible()) break;
      await bram.waitForTimeout(500);
    }
    await bram.getByText('Beëindigd (einddatum)').first().waitFor();
    await checkScreen(bram, 'delegation-end-date-reached');
  }, 180_000);

  it('the chief hands the role over to a member; a platform operator hands it back from the desk', async () => {
    const anna = await loggedIn('fr-BE', ANNA);
    await anna.goto(`/e/${CPAS}/members`);
    await anna.getByRole('link', { name: "Remettre mon rôle de gestionnaire d'accès principal" }).click();
    await anna.getByText("Gestionnaire d'accès principal actuel : Anna Leclercq.").waitFor();
    await anna.getByText(/L'ancien et le nouveau gestionnaire d'accès principal en sont avertis tous deux par courriel/).waitFor();
    await checkScreen(anna, 'hand-over-chief');
    await anna.getByRole('radio', { name: /Carol Peeters \(carol\)/ }).check();
    await anna.getByRole('button', { name: 'Remettre le rôle' }).click();
    await anna.getByText(/Carol Peeters est maintenant gestionnaire d'accès principal/).waitFor();
    expect(await chiefOf(CPAS)).toEqual([CAROL.sub]);

    const olga = await loggedIn('nl-BE', OLGA, true);
    await olga.goto(`/operator/desk/enterprises/${CPAS}`);
    await olga.getByRole('link', { name: 'Hoofdtoegangsbeheerder vervangen' }).click();
    await olga.getByText('Huidige hoofdtoegangsbeheerder: Carol Peeters.').waitFor();
    await olga.getByRole('radio', { name: /Anna Leclercq \(anna\)/ }).check();
    await olga.getByRole('button', { name: 'Rol overdragen' }).click();
    await olga.getByText(/Anna Leclercq is nu hoofdtoegangsbeheerder/).waitFor();
    await checkScreen(olga, 'operator-desk-chief-replaced');
    expect(await chiefOf(CPAS)).toEqual([ANNA.sub]);
  }, 180_000);

  it('the company closes the sender after a page saying that all it holds stops and its number is never reused', async () => {
    const anna = await loggedIn('fr-BE', ANNA);
    await anna.goto(`/e/${CPAS}/senders/${senderNumber}`);
    await anna.getByRole('link', { name: "Fermer l'expéditeur" }).click();
    await anna.getByText(new RegExp(`le numéro ${senderNumber} n'est jamais réattribué`)).waitFor();
    await checkScreen(anna, 'close-sender');
    await anna.getByRole('button', { name: "Fermer l'expéditeur" }).click();
    await anna.getByText(`L'expéditeur ${senderNumber} est fermé.`).waitFor();
    await anna.getByText(/Expéditeur fermé le/).waitFor();
    // The closed sender stays readable, with nothing offered that the service would refuse (its allowedActions).
    await anna.getByRole('heading', { name: 'Comptes REST' }).waitFor();
    for (const name of ['Remplacer le responsable technique', 'Ajouter le canal', 'Créer le compte REST', "Fermer l'expéditeur"])
      expect(await anna.getByRole('link', { name }).count()).toBe(0);
    await checkScreen(anna, 'closed-sender');
  }, 180_000);
});
