import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless (Playwright's own browser download cannot work on CI machines without internet).
 * One browser per spec file; each person gets their own context (cookies, storage, preferred language).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
