import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Person } from '../api-client';
import { logInFromWelcome } from '../browser/log-in';
import type { WebSystem } from './web-system';

/** What the browser journeys share: a context per person, enterprises set up through the API, and the teardown. */

const OPERATOR = { sub: 'op', roles: ['chaman-admin'] };

/** An enterprise a platform operator registers for a journey, with its chief access manager. */
export type JourneyEnterprise = readonly [cbe: string, name: string, qualities: readonly string[], chief: Person];

/** Registers each enterprise through the API as a platform operator; a refusal fails the journey's set-up at once. */
export async function registerEnterprises(system: WebSystem, enterprises: readonly JourneyEnterprise[]): Promise<void> {
  for (const [cbe, name, qualities, chief] of enterprises) {
    const registered = await system.api.as(OPERATOR, 'POST', '/api/v1/enterprises', {
      body: { enterpriseNumber: cbe, name, qualities, chiefAccessManager: { userId: chief.sub, name: chief.name, email: chief.email } },
    });
    if (registered.status !== 201) throw new Error(`registering ${cbe}: ${registered.status} ${JSON.stringify(registered.body)}`);
  }
}

/** A new browser context in `locale` (added to `contexts`, which `closeJourney` closes), logged in as `person`. */
export async function loggedInPage(
  system: WebSystem,
  browser: Browser,
  contexts: BrowserContext[],
  { locale, person, operator = false }: { locale: string; person: Person; operator?: boolean },
): Promise<Page> {
  const context = await browser.newContext({ locale, baseURL: system.baseUrl });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  await logInFromWelcome(page, system.baseUrl, person, operator);
  return page;
}

/** A journey file's afterAll: its contexts, the browser and the system, whichever were started. */
export async function closeJourney(contexts: BrowserContext[], browser: Browser | undefined, system: WebSystem | undefined): Promise<void> {
  for (const context of contexts) await context.close();
  await browser?.close();
  await system?.stop();
}
