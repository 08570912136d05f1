// Lighthouse (12.2.3, its default mobile preset: a mid-range phone, simulated slow 4G and a 4x slower CPU) on the real
// system, signed in: the home page (which leads a member of one enterprise to its senders) and a sender page.
//
//   npm start                                     # or any running Chaman whose gateway has DEV_TOKENS=true
//   CHAMAN_URL=http://localhost:3000 CHROME_PATH=/usr/bin/chromium node tools/lighthouse/measure.mjs [runs]
//
// It registers an enterprise of its own through the API (development tokens), creates a sender with a channel and
// a REST account, logs its chief in through the identity provider as a browser does, then runs Lighthouse `runs`
// times (default 1) on each page with that session cookie and prints the median of each figure as JSON.
//
// A/B of two builds of the web client in the same window (a loaded machine moves the figures more than most changes):
//   AB_WEB_ROOT=/tmp/web-root AB_BUILDS=A=/tmp/build-a,B=/tmp/build-b node tools/lighthouse/measure.mjs 4
// with the gateway started with WEB_ROOT=/tmp/web-root: before each run the script points that symbolic link at each
// build in turn, the order alternating run by run, and prints the medians per build.
//
// LIGHTHOUSE_REPORTS=<folder> keeps every run's report and Chromium trace there (what the figures are made of).
import { launch } from 'chrome-launcher';
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';

const base = new URL(process.env.CHAMAN_URL ?? 'http://localhost:3000');
const runs = Number(process.argv[2] ?? 1);
const seed = Date.now() % 1_000_000;

/** A valid enterprise number (10 digits, first 0, check digits 97 − first 8 mod 97) of this run. */
function enterpriseNumber() {
  const first8 = String(10_000_000 + ((seed * 7) % 89_999_999))
    .padStart(8, '0')
    .replace(/^./, '0');
  return first8 + String(97 - (Number(first8) % 97)).padStart(2, '0');
}

async function api(token, method, path, body) {
  const response = await fetch(new URL(`/api/v1${path}`, base), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function token(person) {
  const response = await fetch(new URL('/api/v1/dev/tokens', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  if (!response.ok) throw new Error(`dev token: ${response.status} (the gateway needs DEV_TOKENS=true)`);
  return (await response.json()).accessToken;
}

/** The enterprise, its chief, and a sender with an FTP channel and a REST account: what the sender page shows. */
async function seedData() {
  const cbe = enterpriseNumber();
  const chief = { sub: `lighthouse-${seed}`, name: 'Léa Lighthouse', email: `lighthouse-${seed}@example.be` };
  const operator = await token({ sub: 'lighthouse-operator', name: 'Operator', email: 'operator@example.be', roles: ['chaman-admin'] });
  await api(operator, 'POST', '/enterprises', {
    enterpriseNumber: cbe,
    name: `CPAS de Lighthouse ${seed}`,
    qualities: ['CPAS'],
    chiefAccessManager: { userId: chief.sub, name: chief.name, email: chief.email },
  });
  const chiefToken = await token(chief);
  const contact = { firstName: 'Léa', lastName: 'Lighthouse', email: 'lea@example.be', phone: '+32 2 123 45 67', language: 'fr' };
  const sender = await api(chiefToken, 'POST', `/enterprises/${cbe}/senders`, { quality: 'CPAS', contact });
  await api(chiefToken, 'POST', `/enterprises/${cbe}/senders/${sender.senderNumber}/channels`, { type: 'FTP' });
  await api(chiefToken, 'POST', `/enterprises/${cbe}/senders/${sender.senderNumber}/rest-accounts`, {
    name: 'Production',
    environment: 'PRODUCTION',
    scopes: ['dmfa:declaration:read'],
  });
  return { cbe, chief, senderNumber: sender.senderNumber };
}

/** The browser's login over plain HTTP: /auth/login → the identity provider's form (posted) → /auth/callback. */
async function logIn(login) {
  const jar = new Map();
  const cookieHeader = (url) => [...(jar.get(url.host) ?? new Map())].map(([name, value]) => `${name}=${value}`).join('; ');
  const store = (url, response) => {
    const cookies = jar.get(url.host) ?? new Map();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    jar.set(url.host, cookies);
  };
  let url = new URL('/auth/login?returnTo=/', base);
  let init = { method: 'GET' };
  for (let hop = 0; hop < 20; hop += 1) {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: cookieHeader(url) } });
    store(url, response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      if (url.host === base.host && url.pathname === '/auth/callback') return `chaman_session=${jar.get(base.host).get('chaman_session')}`;
      url = new URL(location, url);
      init = { method: 'GET' };
      continue;
    }
    const body = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(body)?.[1];
    if (!action) throw new Error(`login stopped at ${url.href}: ${response.status}`);
    url = new URL(action.replace(/&amp;/g, '&'), url);
    init = {
      method: 'POST',
      body: new URLSearchParams({ login, name: '', email: '' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error('login did not finish');
}

/** A run's report and trace in LIGHTHOUSE_REPORTS, numbered in run order (the trace opens in the Performance panel). */
let kept = 0;
function keep(page, lhr, trace) {
  const folder = process.env.LIGHTHOUSE_REPORTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  kept += 1;
  const name = `${folder}/${String(kept).padStart(2, '0')}-${page}`;
  writeFileSync(`${name}.json`, JSON.stringify(lhr));
  writeFileSync(`${name}.trace.json`, JSON.stringify(trace));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run; a trace Chromium failed to record (NO_NAVSTART on a loaded machine) is taken again, twice at most. */
async function lighthouseRun(chrome, page, url, cookie, attempt = 1) {
  const { lhr, artifacts } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    extraHeaders: { Cookie: cookie },
  });
  if (!lhr.runtimeError) {
    keep(page, lhr, artifacts.Trace);
    return lhr;
  }
  const error = `Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
  if (attempt >= 3) throw new Error(error);
  console.error(`${error} (attempt ${attempt}, trying again)`);
  return lighthouseRun(chrome, page, url, cookie, attempt + 1);
}

/** The figures of one run on `url`. */
async function figuresOf(chrome, page, url, cookie) {
  const lhr = await lighthouseRun(chrome, page, url, cookie);
  const audit = (id) => {
    if (lhr.audits[id].numericValue === undefined)
      throw new Error(`${id} on ${url}: ${lhr.audits[id].errorMessage ?? lhr.audits[id].explanation}`);
    return lhr.audits[id].numericValue;
  };
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    firstContentfulPaintMs: Math.round(audit('first-contentful-paint')),
    largestContentfulPaintMs: Math.round(audit('largest-contentful-paint')),
    totalBlockingTimeMs: Math.round(audit('total-blocking-time')),
    cumulativeLayoutShift: Number(audit('cumulative-layout-shift').toFixed(3)),
    speedIndexMs: Math.round(audit('speed-index')),
    finalUrl: lhr.finalDisplayedUrl,
  };
}

function summary(url, results) {
  const figures = Object.fromEntries(
    Object.keys(results[0])
      .filter((key) => key !== 'finalUrl')
      .map((key) => [key, median(results.map((result) => result[key]))]),
  );
  return { url, finalUrl: results[0].finalUrl, runs: results.length, ...figures, all: results.map(({ finalUrl, ...rest }) => rest) };
}

/** AB_BUILDS as [name, folder] pairs; without it, one build: the one the gateway serves. */
const builds = (process.env.AB_BUILDS ?? '')
  .split(',')
  .filter(Boolean)
  .map((item) => item.split('='));
if (builds.length > 0 && !process.env.AB_WEB_ROOT) throw new Error("AB_BUILDS needs AB_WEB_ROOT (the gateway's WEB_ROOT)");

/** Points AB_WEB_ROOT at `folder` in one step (the gateway reads its files from disk on each request). */
function serve(folder) {
  const link = process.env.AB_WEB_ROOT;
  rmSync(`${link}.next`, { force: true });
  symlinkSync(folder, `${link}.next`);
  renameSync(`${link}.next`, link);
}

const { cbe, chief, senderNumber } = await seedData();
const cookie = await logIn(chief.sub);
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const pages = { home: new URL('/', base).href, sender: new URL(`/e/${cbe}/senders/${senderNumber}`, base).href };
  const variants = builds.length > 0 ? builds : [['served']];
  const results = Object.fromEntries(variants.map(([name]) => [name, { home: [], sender: [] }]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, folder] of run % 2 === 0 ? variants : [...variants].reverse()) {
      if (folder) serve(folder);
      for (const [page, url] of Object.entries(pages)) results[name][page].push(await figuresOf(chrome, page, url, cookie));
    }
  }
  const medians = (name) => Object.fromEntries(Object.entries(pages).map(([page, url]) => [page, summary(url, results[name][page])]));
  const figures =
    builds.length > 0 ? { builds: Object.fromEntries(builds.map(([name]) => [name, medians(name)])) } : { pages: medians('served') };
  console.log(JSON.stringify({ lighthouse: '12.2.3', preset: 'mobile (default)', at: new Date().toISOString(), ...figures }, null, 2));
} finally {
  await chrome.kill();
}
