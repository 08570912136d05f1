/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  it('bundles no validation library from the contracts (types only cross over)', () => {
    const assets = path.join(WEB_DIST, 'assets');
    const bundled = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(assets, file), 'utf8'));
    expect(bundled.filter((code) => /class-validator|ValidationTypes|registerDecorator/.test(code))).toEqual([]);
  });

  it('ships a brotli and a gzip copy of every script and style for the gateway to send, and a robots.txt', () => {
    const assets = path.join(WEB_DIST, 'assets');
    const texts = readdirSync(assets).filter((file) => /\.(js|css)$/.test(file));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((file) => !existsSync(path.join(assets, `${file}.br`)) || !existsSync(path.join(assets, `${file}.gz`)))).toEqual(
      [],
    );
    expect(readFileSync(path.join(WEB_DIST, 'robots.txt'), 'utf8')).toMatch(/Disallow: \//);
  });

  it('has no inline script or style for the Content-Security-Policy to block', () => {
    const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });
});
