import { DEMO_CONSULT_SCOPE, OAUTH_PATHS } from '@chaman/contracts';
import { WHOAMI_PATH } from '@chaman/demo-api';
import { makeCertificate } from '@chaman/testing';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuilt } from '../../../web/test/web-build';
import { checkScreen, launchChromium, logInFromWelcome, makeSshPublicKey, pageLanguage } from '../../src/browser';
import type { Person } from '../../src/api-client';
import { closeJourney, startWebSystem, type WebSystem } from '../../src/web';
import { runRestClientUntil } from '../token/rest-client-run';

/**
 * The seed's journeys in a real browser (Debian's Chromium) against the whole system as `npm start` runs it: the
 * services, the development identity provider and the gateway serving apps/web/dist. One browser for the file, one
 * context per person; every screen visited passes axe's WCAG 2 A/AA rules and a language switch.
 */
const CPAS = '0123456749';
const SOFTHOUSE = '0403170701';
const ALICE = { sub: 'alice', name: 'Alice Martin', email: 'alice@cpas-liege.example' };
const BOB = { sub: 'bob', name: 'Bob Peeters', email: 'bob@softhouse.example' };
const CAROL = { sub: 'carol', name: 'Carol Dubois', email: 'carol@cpas-liege.example' };
const GASTON = { sub: 'gaston', name: 'Gaston Lambert', email: 'gaston@cpas-liege.example' };

let system: WebSystem;
let browser: Browser;
const contexts: BrowserContext[] = [];
const figures: Record<string, number> = {};
let alice: Page;
let bob: Page;
let carol: Page;
let senderNumber = '';
let accountId = '';
let delegationId = '';

async function personIn(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, baseURL: system.baseUrl, acceptDownloads: true });
  context.setDefaultTimeout(10_000);
  contexts.push(context);
  return context.newPage();
}

/** Through the welcome page's one button, the development identity provider's form, and back. */
async function logIn(page: Page, person: { sub: string; name: string; email: string }, operator = false): Promise<void> {
  await page.goto('/');
  await checkScreen(page, person.sub === 'alice' ? 'welcome' : undefined);
  await logInFromWelcome(page, system.baseUrl, person, operator);
}

const api = (person: Person, method: string, path: string, body?: unknown) => system.api.as(person, method, `/api/v1${path}`, { body });
const focusedTag = (page: Page) => page.evaluate<string | undefined>('document.activeElement && document.activeElement.tagName');

/**
 * From `reload()` to `text` on screen, seen by the page itself (a MutationObserver): Playwright's own waiting polls
 * at 0, 20, 50, 100, 100 then every 500 ms, which rounds a page's time up by as much as half a second.
 */
async function timeReload(page: Page, text: string): Promise<number> {
  const started = Date.now();
  await page.reload({ waitUntil: 'commit' });
  await page.evaluate(`new Promise((resolve) => {
    const seen = () => document.body !== null && document.body.innerText.includes(${JSON.stringify(text)});
    if (seen()) return resolve();
    const observer = new MutationObserver(() => seen() && (observer.disconnect(), resolve()));
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  })`);
  return Date.now() - started;
}

/** A right granted or withdrawn reaches every gateway within a bounded delay: reload until the page shows it. */
async function reloadUntilVisible(page: Page, locator: ReturnType<Page['getByRole']>): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.reload();
    await page.locator('h1').waitFor();
    if (await locator.isVisible()) return;
    await page.waitForTimeout(250);
  }
  await locator.waitFor({ timeout: 1 });
}

beforeAll(async () => {
  ensureWebBuilt();
  [system, browser] = await Promise.all([startWebSystem({ demoApi: true }), launchChromium()]);
  const registered = await api({ sub: 'op', roles: ['chaman-admin'] }, 'POST', '/enterprises', {
    enterpriseNumber: SOFTHOUSE,
    name: 'SoftHouse',
    qualities: ['TECHNICAL_INTERMEDIARY'],
    chiefAccessManager: { userId: BOB.sub, name: BOB.name, email: BOB.email },
  });
  expect(registered.status).toBe(201);
}, 240_000);

afterAll(async () => {
  console.log(`[web e2e] figures: ${JSON.stringify(figures)}`);
  await closeJourney(contexts, browser, system);
});

jest.setTimeout(120_000);

describe('the online service in a browser', () => {
  it('lets an operator register an enterprise', async () => {
    const operator = await personIn('fr-BE');
    await logIn(operator, { sub: 'olga', name: 'Olga Operator', email: 'olga@portal.example' }, true);
    await operator.getByRole('link', { name: 'Enregistrer une entreprise' }).click();
    await operator.getByRole('heading', { level: 1, name: 'Enregistrer une entreprise' }).waitFor();
    expect(await focusedTag(operator)).toBe('H1');
    await operator.getByLabel("Numéro d'entreprise (BCE)").fill('BE0123.456.749');
    await operator.getByLabel("Nom de l'entreprise").fill('CPAS de Liège');
    await operator.getByLabel('CPAS', { exact: true }).check();
    await operator.getByLabel('Identifiant de connexion').fill(ALICE.sub);
    await operator.getByLabel('Nom complet').fill(ALICE.name);
    await operator.getByLabel('Adresse e-mail').fill(ALICE.email);
    await operator.getByRole('button', { name: "Enregistrer l'entreprise" }).click();
    await operator.getByText("L'entreprise CPAS de Liège (0123.456.749) est enregistrée.").waitFor();
    await checkScreen(operator, 'register-enterprise');
  });

  it('proposes creating the sender on the first connection, in French, and creates it', async () => {
    alice = await personIn('fr-BE');
    await logIn(alice, ALICE);
    await alice.getByRole('heading', { name: 'Créez votre expéditeur CPAS' }).waitFor();
    await checkScreen(alice, 'first-connection');
    await alice.getByRole('link', { name: "Créer l'expéditeur CPAS" }).click();
    await alice.getByRole('button', { name: "Créer l'expéditeur" }).click();
    await alice.getByRole('heading', { name: 'Il y a un problème' }).waitFor();
    expect(await focusedTag(alice)).toBe('DIV');
    await checkScreen(alice, 'create-sender-errors');
    await alice.getByLabel('Prénom').fill('Alice');
    await alice.getByLabel('Nom', { exact: true }).fill('Martin');
    await alice.getByLabel('Adresse e-mail').fill('it@cpas-liege.example');
    await alice.getByLabel('Français').check();
    await alice.getByRole('button', { name: "Créer l'expéditeur" }).click();
    await alice.getByText(/L'expéditeur n° \d{6} est créé\./).waitFor();
    expect(alice.url()).toMatch(/senders\/\d{6}/);
    senderNumber = /senders\/(\d{6})/.exec(alice.url())![1];
    await checkScreen(alice, 'sender');
  });

  it('replaces the one technical contact', async () => {
    await alice.getByRole('link', { name: 'Remplacer le responsable technique' }).click();
    await alice.getByText(/Une seule personne et une seule adresse e-mail/).waitFor();
    await checkScreen(alice, 'replace-contact');
    await alice.getByLabel('Prénom').fill('Marc');
    await alice.getByLabel('Nom', { exact: true }).fill('Lambert');
    await alice.getByLabel('Adresse e-mail').fill('marc.lambert@cpas-liege.example');
    await alice.getByRole('button', { name: 'Remplacer le responsable technique' }).click();
    await alice.getByText('Le responsable technique est remplacé.').waitFor();
    await alice.getByText('marc.lambert@cpas-liege.example').waitFor();
    figures.warmReloadMs = await timeReload(alice, 'marc.lambert@cpas-liege.example');
    const started = Date.now();
    await alice.reload();
    await alice.getByText('marc.lambert@cpas-liege.example').waitFor();
    figures.warmReloadPolledMs = Date.now() - started;
  });

  it("shows the new contact's address as not confirmed yet; the link's page, without an account, posts only on the click", async () => {
    await alice.getByText('Pas encore confirmée').waitFor();
    await alice.getByRole('button', { name: 'Renvoyer le lien de confirmation' }).waitFor();
    const visitor = await personIn('nl-BE');
    await visitor.goto(`/contact-verification/${'x'.repeat(43)}`);
    await visitor.getByRole('button', { name: 'Mijn adres bevestigen' }).click();
    // A link nobody was sent: the page says so in the reader's language.
    await visitor.getByText(/Deze bevestigingslink is onbekend/).waitFor();
    await checkScreen(visitor, 'contact-verification');
  });

  it('adds an SFTP channel from its public key file', async () => {
    await alice.getByRole('link', { name: 'Ajouter le canal' }).click();
    await alice.getByLabel('Batch SFTP').check();
    await alice
      .getByLabel('Clé publique SSH')
      .setInputFiles({ name: 'id_ed25519.pub', mimeType: 'text/plain', buffer: Buffer.from(makeSshPublicKey()) });
    await checkScreen(alice, 'add-channel');
    await alice.getByRole('button', { name: 'Ajouter le canal' }).click();
    await alice.getByText('Le canal Batch SFTP est ajouté.').waitFor();
    await alice.getByText(/^SHA256:/).waitFor();
  });

  it('creates a REST account, uploads certificates, warns of an expiry within 30 days and exports them', async () => {
    await alice.getByRole('link', { name: 'Créer le compte REST' }).click();
    await alice.getByLabel('Nom du compte').fill('déclarations');
    await alice.getByLabel('Acceptation (tests)').check();
    await alice.getByLabel('Services (scopes)').fill('dmfa dimona');
    await alice.getByRole('button', { name: 'Créer le compte REST' }).click();
    await alice.getByText(/Le compte REST est créé/).waitFor();
    accountId = /rest-accounts\/([0-9a-f-]{36})/.exec(alice.url())![1];
    for (const [name, days] of [
      ['production 2027', 365],
      ['ancien', 10],
    ] as const) {
      const certificate = await makeCertificate({ commonName: `${name.replace(/\s/g, '-')}.cpas-liege.example`, validForDays: days });
      await alice.getByRole('link', { name: 'Ajouter le certificat' }).click();
      await alice.getByLabel('Nom du certificat').fill(name);
      await alice
        .getByLabel('Fichier du certificat (PEM)')
        .setInputFiles({ name: 'certificate.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(certificate.pem) });
      if (days === 10) await checkScreen(alice, 'add-certificate');
      await alice.getByRole('button', { name: 'Ajouter le certificat' }).click();
      await alice.getByText(`Empreinte : ${certificate.fingerprint}`).waitFor();
    }
    await alice.getByText('⚠ Expire dans 10 jours').waitFor();
    await checkScreen(alice, 'rest-account');
    const [download] = await Promise.all([
      alice.waitForEvent('download'),
      alice.getByRole('button', { name: 'Exporter tous les certificats en CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).toContain('"Empreinte SHA-256"');
    expect(rows).toHaveLength(3);
    expect(csv).toContain('"production 2027"');

    // Removal is asked once more, on a page that says what stops.
    await alice.getByRole('link', { name: 'Retirer ancien' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Retirer le certificat « ancien » ?' }).waitFor();
    await checkScreen(alice, 'confirm-remove-certificate');
    await alice.getByRole('button', { name: 'Retirer le certificat' }).click();
    await alice.getByText('Le certificat « ancien » est retiré.').waitFor();
    // The list read again after the removal no longer holds it (wait for that reading, not for the clock).
    await alice.getByText('⚠ Expire dans 10 jours').waitFor({ state: 'detached' });
  });

  it('lets the access manager add a member, with errors next to the fields', async () => {
    await alice.getByRole('link', { name: 'Membres et droits' }).click();
    await alice.getByRole('link', { name: 'Ajouter un membre' }).click();
    await alice.getByLabel('Identifiant de connexion').fill(ALICE.sub);
    await alice.getByLabel('Nom complet').fill(CAROL.name);
    await alice.getByRole('button', { name: 'Ajouter un membre' }).click();
    await alice.getByRole('heading', { name: 'Il y a un problème' }).waitFor();
    await alice.getByRole('link', { name: "Adresse e-mail : Indiquez l'adresse e-mail." }).waitFor();
    // Whether the login id is a member's is asked of the service once the form is complete.
    await alice.getByLabel('Adresse e-mail').fill(CAROL.email);
    await alice.getByRole('button', { name: 'Ajouter un membre' }).click();
    await alice.getByRole('link', { name: "Identifiant de connexion : Cette personne est déjà membre de l'entreprise." }).waitFor();
    await checkScreen(alice, 'add-member-errors');
    await alice.getByLabel('Identifiant de connexion').fill(CAROL.sub);
    await alice.getByLabel('Adresse e-mail').fill(CAROL.email);
    await alice.getByLabel('Utilisateur', { exact: true }).check();
    await alice.getByRole('button', { name: 'Ajouter un membre' }).click();
    await alice.getByText("Carol Dubois est membre de l'entreprise.").waitFor();
    await alice.getByRole('button', { name: 'Octroyer le droit – Carol Dubois' }).waitFor();
  });

  it('tells a member without the right whom to ask, and lets the access manager grant and withdraw it', async () => {
    carol = await personIn('fr-BE');
    await logIn(carol, CAROL);
    await carol.getByRole('heading', { name: "Vous n'avez pas le droit de gérer les canaux techniques" }).waitFor();
    await carol.getByText(/Alice Martin \(Gestionnaire d'accès principal\)/).waitFor();
    await checkScreen(carol, 'no-right');

    await alice.getByRole('link', { name: 'Membres et droits' }).click();
    await alice.getByRole('button', { name: 'Octroyer le droit – Carol Dubois' }).click();
    await alice.getByText('Le droit est octroyé à Carol Dubois.').waitFor();
    await checkScreen(alice, 'members');
    await reloadUntilVisible(carol, carol.getByRole('link', { name: /Expéditeur n° \d{6}/ }));

    await alice.getByRole('button', { name: 'Retirer le droit – Carol Dubois' }).click();
    await alice.getByText('Le droit est retiré à Carol Dubois.').waitFor();
    await reloadUntilVisible(carol, carol.getByRole('heading', { name: "Vous n'avez pas le droit de gérer les canaux techniques" }));
  });

  it('lets a group manager, who may not list the members, grant the right to a user by login id', async () => {
    const appointed = await api(ALICE, 'PUT', `/enterprises/${CPAS}/members/${GASTON.sub}`, {
      name: GASTON.name,
      email: GASTON.email,
      position: 'GROUP_MANAGER',
    });
    expect(appointed.status).toBe(201);
    const gaston = await personIn('fr-BE');
    await logIn(gaston, GASTON);
    await gaston.getByRole('link', { name: 'Droits', exact: true }).click();
    await gaston.getByRole('heading', { level: 1, name: 'Octroyer ou retirer le droit' }).waitFor();
    expect(await focusedTag(gaston)).toBe('H1');
    await gaston.getByLabel('Identifiant de connexion').fill('dan');
    await gaston.getByRole('button', { name: 'Octroyer le droit' }).click();
    await gaston.getByRole('link', { name: /^Identifiant de connexion : Aucun membre de l'entreprise n'a cet identifiant/ }).waitFor();
    await checkScreen(gaston, 'grant-right-errors');

    await gaston.getByLabel('Identifiant de connexion').fill(CAROL.sub);
    await gaston.getByRole('button', { name: 'Octroyer le droit' }).click();
    await gaston.getByText('carol a maintenant le droit « Chaman - Gestion des canaux techniques ».').waitFor();
    await checkScreen(gaston, 'grant-right');
    const members = await api(ALICE, 'GET', `/enterprises/${CPAS}/members`);
    expect(
      (members.body as { items: { userId: string; technicalChannelsRight: object }[] }).items.find((member) => member.userId === CAROL.sub)
        ?.technicalChannelsRight,
    ).toMatchObject({ held: true, basis: 'GRANT', decidedBy: GASTON.sub });
    await reloadUntilVisible(carol, carol.getByRole('link', { name: /Expéditeur n° \d{6}/ }));
  });

  it("refuses an intermediary's request with a reason, counts its relaunches and refuses the 21st in Dutch", async () => {
    bob = await personIn('nl-BE');
    await logIn(bob, BOB);
    expect(await pageLanguage(bob)).toBe('nl');
    await bob.getByRole('link', { name: 'Delegaties' }).click();
    await bob.getByRole('link', { name: 'Een delegatie aanvragen' }).click();
    await bob.getByLabel('Ondernemingsnummer (KBO) van de onderneming').fill('0123.456.749');
    await bob.getByLabel('REST-account').fill(accountId);
    await checkScreen(bob, 'request-delegation');
    await bob.getByRole('button', { name: 'Een delegatie aanvragen' }).click();
    await bob.getByText('De delegatieaanvraag is verzonden.').waitFor();
    delegationId = /delegations\/([0-9a-f-]{36})/.exec(bob.url())![1];

    await alice.getByRole('link', { name: 'Délégations' }).click();
    await alice.getByRole('heading', { name: 'Demandes reçues' }).waitFor();
    await alice.getByRole('cell', { name: /^SoftHouse \(0403\.170\.701\)/ }).waitFor();
    // The service filters: by a part of the other party's name, and by state.
    await alice.getByLabel('Autre partie').fill('soft');
    await alice.getByLabel('État').selectOption({ label: 'En attente' });
    await alice.getByRole('button', { name: 'Filtrer' }).click();
    await alice.waitForURL(/search=soft/);
    await alice.getByRole('cell', { name: /^SoftHouse \(0403\.170\.701\)/ }).waitFor();
    await checkScreen(alice, 'delegations');
    await alice.getByLabel('Autre partie').fill('nobody by this name');
    await alice.getByRole('button', { name: 'Filtrer' }).click();
    await alice.getByText('Aucune délégation.').first().waitFor();
    await alice.getByRole('link', { name: 'Délégations' }).click();
    await alice
      .getByRole('link', { name: /Voir la délégation/ })
      .first()
      .click();
    await alice.getByLabel('Motif').fill('Nous travaillons avec un autre prestataire.');
    await alice.getByRole('button', { name: 'Refuser' }).click();
    await alice.getByText('La demande est refusée.').waitFor();
    await alice.getByText('Motif : Nous travaillons avec un autre prestataire.').waitFor();
    await checkScreen(alice, 'delegation');

    await bob.reload();
    await bob.getByText('Reden: Nous travaillons avec un autre prestataire.').waitFor();
    await bob.getByRole('button', { name: 'Opnieuw aanvragen (nog 20 van 20)' }).click();
    await bob.getByText('De aanvraag is opnieuw ingediend.').waitFor();
    for (let relaunch = 2; relaunch <= 20; relaunch += 1) {
      expect((await api(ALICE, 'POST', `/enterprises/${CPAS}/delegations/${delegationId}/refuse`, {})).status).toBe(200);
      expect((await api(BOB, 'POST', `/enterprises/${SOFTHOUSE}/delegations/${delegationId}/relaunch`, {})).status).toBe(200);
    }
    expect((await api(ALICE, 'POST', `/enterprises/${CPAS}/delegations/${delegationId}/refuse`, {})).status).toBe(200);
    await bob.reload();
    await bob.getByRole('button', { name: 'Opnieuw aanvragen (nog 0 van 20)' }).click();
    await bob
      .getByRole('alert')
      .getByText(/U hebt de limiet van 20 nieuwe aanvragen bij deze onderneming bereikt/)
      .waitFor();
    await checkScreen(bob, 'relaunch-limit');
  });

  it('lets the company request, the intermediary accept, and the company revoke; exports the delegations', async () => {
    await alice.getByRole('link', { name: 'Délégations' }).click();
    await alice.getByRole('link', { name: 'Demander une délégation' }).click();
    await alice.getByLabel("Numéro d'entreprise (BCE) de l'intermédiaire technique").fill(SOFTHOUSE);
    await checkScreen(alice, 'request-delegation');
    await alice.getByRole('button', { name: 'Demander une délégation' }).click();
    await alice.getByText('La demande de délégation est envoyée.').waitFor();
    const offered = /delegations\/([0-9a-f-]{36})/.exec(alice.url())![1];

    await bob.goto(`/e/${SOFTHOUSE}/delegations/${offered}`);
    await bob.getByText('CPAS de Liège (0123.456.749) – OCMW').waitFor();
    await bob.getByRole('button', { name: 'Aanvaarden' }).click();
    await bob.getByText('De delegatie is aanvaard.').waitFor();
    await bob.getByRole('link', { name: 'De certificaten van het account beheren' }).waitFor();
    await checkScreen(bob, 'delegation');
    // The intermediary's view of the account: how to get the company's tokens, with the client id to ask it for.
    await bob.getByRole('link', { name: 'De certificaten van het account beheren' }).click();
    await bob
      .getByText('De client-id van de onderneming: die krijgt u van de onderneming (hij staat op de pagina van haar account).')
      .waitFor();
    await bob.getByText('CLIENT_ID=<client-id>', { exact: false }).waitFor();
    await checkScreen(bob);

    await alice.reload();
    await alice.getByRole('link', { name: 'Révoquer' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Révoquer la délégation ?' }).waitFor();
    await alice.getByText(/SoftHouse \(0403\.170\.701\) ne gérera plus le compte REST/).waitFor();
    await checkScreen(alice, 'confirm-revoke');
    await alice.getByLabel('Motif').fill('Fin du contrat.');
    await alice.getByRole('button', { name: 'Révoquer la délégation' }).click();
    await alice.getByText('La délégation est révoquée.').waitFor();
    await alice.getByText(/Révocation par alice/).waitFor();

    await alice.getByRole('link', { name: 'Délégations' }).click();
    const sent = alice.locator('section', { has: alice.getByRole('heading', { name: 'Demandes envoyées' }) });
    const [download] = await Promise.all([
      alice.waitForEvent('download'),
      sent.getByRole('button', { name: 'Exporter toute la liste en CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    // As Belgian Excel opens it: ; between cells, date-times it reads as dates.
    expect(csv.startsWith('\uFEFF"Identifiant";"État"')).toBe(true);
    const rows = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(';'));
    expect(rows).toEqual([
      expect.arrayContaining([`"${offered}"`, '"REVOKED"', '"COMPANY"', `"${CPAS}"`, '"CPAS"', `"${SOFTHOUSE}"`, `"${accountId}"`]),
    ]);
    expect(rows[0].at(-1)).toMatch(/^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"$/);
  });

  it('shows the deliveries of a webhook, and deletes it after a confirmation saying what stops', async () => {
    const received: unknown[] = [];
    const receiver = createServer((request, response) => {
      request.resume().on('end', () => {
        received.push(request.headers['ce-type'] ?? request.url);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/chaman`;
      await alice.getByRole('link', { name: 'Webhooks' }).click();
      await alice.getByLabel('Adresse (URL) qui recevra les événements').fill(url);
      await alice.getByRole('button', { name: 'Ajouter le webhook' }).click();
      await alice.getByText(/^whsec_/).waitFor();
      // An event of the CPAS's own: a new request to SoftHouse.
      const requested = await api(ALICE, 'POST', `/enterprises/${CPAS}/delegations`, {
        companyEnterpriseNumber: CPAS,
        companyQuality: 'CPAS',
        intermediaryEnterpriseNumber: SOFTHOUSE,
        restAccountId: accountId,
      });
      expect(requested.status).toBe(201);
      for (let attempt = 0; attempt < 100 && received.length === 0; attempt += 1) await alice.waitForTimeout(100);
      expect(received.length).toBeGreaterThan(0);
      await alice.reload();
      await alice.getByRole('button', { name: /^Voir les envois/ }).click();
      await alice.getByText('Délivré').first().waitFor();
      await checkScreen(alice, 'webhook-deliveries');
      await alice.getByRole('link', { name: /^Supprimer/ }).click();
      await alice.getByRole('heading', { level: 1, name: 'Supprimer ce webhook ?' }).waitFor();
      await alice.getByText(`Plus aucun événement ne sera envoyé à ${url}.`).waitFor();
      await checkScreen(alice, 'confirm-delete-webhook');
      await alice.getByRole('button', { name: 'Supprimer le webhook' }).click();
      await alice.getByText('Le webhook est supprimé.').waitFor();
      await alice.getByText('Aucun webhook.').waitFor();
    } finally {
      receiver.close();
    }
  });

  it('tells every visitor how accessible the service is, what it records and where to get help', async () => {
    for (const [link, heading, shot] of [
      ["Déclaration d'accessibilité", "Déclaration d'accessibilité", 'accessibility'],
      ['Protection de la vie privée', 'Protection de la vie privée', 'privacy'],
      ['Aide et contact', 'Aide et contact', 'help'],
    ]) {
      await alice.getByRole('contentinfo').getByRole('link', { name: link }).click();
      await alice.getByRole('heading', { level: 1, name: heading }).waitFor();
      await checkScreen(alice, shot);
    }
  });

  it('gets a token with the key of a certificate registered here, calls the Demo API, and shows which certificate last got one', async () => {
    await alice.goto(`/e/${CPAS}/senders/${senderNumber}`);
    await alice.getByRole('link', { name: 'Créer le compte REST' }).click();
    await alice.getByLabel('Nom du compte').fill('démo');
    await alice.getByLabel('Acceptation (tests)').check();
    await alice.getByLabel('Services (scopes)').fill(DEMO_CONSULT_SCOPE);
    await alice.getByRole('button', { name: 'Créer le compte REST' }).click();
    const clientId = /identifiant client est (\S+)\./.exec(await alice.getByText(/Le compte REST est créé/).innerText())![1];
    const certificate = await makeCertificate({ commonName: 'demo.cpas-liege.example' });
    await alice.getByRole('link', { name: 'Ajouter le certificat' }).click();
    await alice.getByLabel('Nom du certificat').fill('démo 2027');
    await alice
      .getByLabel('Fichier du certificat (PEM)')
      .setInputFiles({ name: 'certificate.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(certificate.pem) });
    await alice.getByRole('button', { name: 'Ajouter le certificat' }).click();
    await alice.getByText("Aucun certificat n'a encore obtenu de jeton.").waitFor();
    await alice.getByText(`CLIENT_ID=${clientId}`, { exact: false }).waitFor();

    const issuer = (await system.api.request('GET', OAUTH_PATHS.discovery)).body.issuer;
    const settings = {
      issuer,
      clientId,
      privateKeyPem: certificate.privateKeyPem,
      certificatePem: certificate.pem,
      apiUrl: system.demoApiUrl + WHOAMI_PATH,
    };
    const run = await runRestClientUntil(settings, (outcome) => outcome.code === 0);
    expect(run.lines[1]?.api).toEqual({ company: CPAS, clientId, scopes: [DEMO_CONSULT_SCOPE], environment: 'ACCEPTANCE' });

    await reloadUntilVisible(
      alice,
      alice
        .getByText(/^Dernier jeton obtenu avec/)
        .locator('..')
        .getByText(/^démo 2027, le /),
    );
    await checkScreen(alice, 'rest-account-token');
  });

  it('logs out', async () => {
    await alice.getByRole('button', { name: 'Se déconnecter' }).click();
    await alice.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect((await alice.request.get('/auth/session')).status()).toBe(401);
  });
});
