import type { Page } from 'playwright-core';
import type { Person } from '../api-client';

/**
 * From the welcome page on screen: its one button, the development identity provider's form (a platform operator
 * ticks the role), and back on Chaman's origin once its first screen has its `h1`. What every browser journey does.
 */
export async function logInFromWelcome(page: Page, baseUrl: string, person: Person, operator = false): Promise<void> {
  await page.locator('a.button--start').click();
  await page.locator('input[name="login"]').fill(person.sub);
  await page.locator('input[name="name"]').fill(person.name ?? person.sub);
  await page.locator('input[name="email"]').fill(person.email ?? `${person.sub}@example.test`);
  if (operator) await page.locator('input[name="roles"]').check();
  await Promise.all([page.waitForURL((url) => url.origin === new URL(baseUrl).origin), page.locator('button[type="submit"]').click()]);
  await page.locator('h1').waitFor();
}
