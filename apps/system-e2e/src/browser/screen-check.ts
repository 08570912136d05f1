import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WORKSPACE_ROOT } from '../processes/app-process';
import { accessibilityViolations } from './accessibility';

export const SCREENSHOTS = join(WORKSPACE_ROOT, 'docs', 'screenshots');

const LABEL: Record<string, string> = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };
// French and Dutch screens switch to each other, so each visit leaves a screenshot in both.
const SWITCH_TO: Record<string, string> = { fr: 'nl', nl: 'fr', de: 'en', en: 'de' };

/** The page's `<html lang>` (the tests are compiled without the DOM library, so no `document` here). */
export const pageLanguage = async (page: Page): Promise<string> => (await page.locator('html').getAttribute('lang')) ?? '';

async function switchLanguage(page: Page, code: string): Promise<void> {
  await page.getByRole('button', { name: LABEL[code], exact: true }).click();
  await page.locator(`html[lang="${code}"]`).waitFor({ state: 'attached' });
}

/**
 * What every screen the journeys visit must pass: a page heading, no WCAG 2 A/AA violation found by axe, and a
 * language switch that changes the page and `<html lang>` and back. `shot` writes docs/screenshots/<lang>-<shot>.png.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function checkScreen(page: Page, shot?: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const violations = await accessibilityViolations(page);
  if (violations.length > 0) throw new Error(`axe found WCAG 2 A/AA violations on ${page.url()}:\n${violations.join('\n')}`);
  const language = await pageLanguage(page);
  const heading = await page.locator('h1').first().innerText();
  if (shot) await screenshot(page, `${language}-${shot}`);
  await switchLanguage(page, SWITCH_TO[language]);
  const switched = await page.locator('h1').first().innerText();
  if (shot) await screenshot(page, `${SWITCH_TO[language]}-${shot}`);
  await switchLanguage(page, language);
  if (switched === heading && !/^(Webhooks|Chaman)$/.test(heading))
    throw new Error(`the language switch left the heading "${heading}" unchanged on ${page.url()}`);
}
