/** @jest-environment node */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { ensureWebBuilt, firstScreenReport, WEB_DIST } from './web-build';

const BUDGET_BYTES = 200 * 1024;

describe('the built application', () => {
  beforeAll(() => ensureWebBuilt(), 120_000);

  it('downloads at most 200 KB of gzipped JavaScript for its first screen', () => {
    const report = firstScreenReport();
    expect(report.scripts.length).toBeGreaterThan(0);
    expect(report.scriptGzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('fetches its first screen in a few files, the form library not among them (one round trip over six connections)', () => {
    const report = firstScreenReport();
    expect(report.scripts.length).toBeLessThanOrEqual(5);
    const firstScreen = report.scripts.map(({ file }) => readFileSync(path.join(WEB_DIST, file), 'utf8')).join('\n');
    expect(firstScreen).not.toMatch(/ZodError|shouldUnregister/); // zod, react-hook-form
  });

  it('bundles no validation library from the contracts (types only cross over)', () => {
    const assets = path.join(WEB_DIST, 'assets');
    const bundled = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(assets, file), 'utf8'));
    expect(bundled.filter((code) => /class-validator|ValidationTypes|registerDecorator/.test(code))).toEqual([]);
  });

  it('ships a brotli and a gzip copy of every script and style that compression shrinks, for the gateway to send, and a robots.txt', () => {
    const assets = path.join(WEB_DIST, 'assets');
    const texts = readdirSync(assets).filter((file) => /\.(js|css)$/.test(file));
    expect(texts.length).toBeGreaterThan(0);
    // A few hundred bytes may not shrink: such a file is sent as it is.
    const shrinks = (file: string) =>
      gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length < statSync(path.join(assets, file)).size;
    const missing = texts.filter(
      (file) => shrinks(file) && (!existsSync(path.join(assets, `${file}.br`)) || !existsSync(path.join(assets, `${file}.gz`))),
    );
    expect(missing).toEqual([]);
    expect(texts.filter(shrinks).length).toBeGreaterThan(texts.length / 2);
    expect(readFileSync(path.join(WEB_DIST, 'robots.txt'), 'utf8')).toMatch(/Disallow: \//);
  });

  it('has no inline script or style for the Content-Security-Policy to block', () => {
    const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });
});
