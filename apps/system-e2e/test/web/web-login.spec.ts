import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { logInOverHttp, startWebSystem, type WebSystem } from '../../src';
import { unregisteredEnterpriseNumber } from '../../src/fixtures/enterprise-numbers';

// Starting the services, the provider and two gateways from source takes a while on a busy machine.
jest.setTimeout(180_000);

const WEB = { 'x-chaman-client': 'web' };

async function call(url: string, init: RequestInit & { cookie?: string } = {}) {
  const headers = { ...(init.headers as Record<string, string>), ...(init.cookie ? { cookie: init.cookie } : {}) };
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // HTML or JavaScript: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

const SCRIPT = 'console.log("chaman");';

/** An answer as it came over the wire, not decompressed (fetch would undo the Content-Encoding). */
function rawGet(url: string, acceptEncoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function enterpriseBody(chief: string) {
  return {
    enterpriseNumber: unregisteredEnterpriseNumber(),
    name: 'CPAS de Test',
    qualities: ['CPAS'],
    chiefAccessManager: { userId: chief, name: 'Chief', email: 'chief@example.test' },
  };
}

describe('web login through the gateway (OpenID Connect with the development identity provider)', () => {
  let system: WebSystem;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'chaman-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><html lang="fr"><head><script type="module" src="/assets/app-3f2a.js"></script></head><body></body></html>',
    );
    writeFileSync(join(webRoot, 'assets', 'app-3f2a.js'), SCRIPT);
    // What the client's build writes beside each file (apps/web/scripts/precompress.mjs).
    writeFileSync(join(webRoot, 'assets', 'app-3f2a.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(webRoot, 'assets', 'app-3f2a.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    system = await startWebSystem({ gateways: 2, webRoot });
  });
  afterAll(async () => {
    await system?.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('logs a person in (login form, callback, session cookie) and lets the cookie call the API', async () => {
    const alice = await logInOverHttp(system.baseUrl, { login: 'alice.martin', returnTo: '/delegations?tab=received' });
    expect(alice.landedOn).toBe('/delegations?tab=received');

    const session = await call(`${system.baseUrl}/auth/session`, { cookie: alice.cookie });
    expect(session.status).toBe(200);
    expect(session.body).toEqual({
      user: { sub: 'alice.martin', name: 'Alice Martin', email: 'alice.martin@dev.chaman.example', roles: [] },
      expiresAt: expect.any(String),
    });
    // The session's absolute end (SESSION_TTL_SECONDS after the login, 8 hours by default), for the client's warning.
    expect(Date.parse(session.body.expiresAt) - Date.now()).toBeGreaterThan(7.9 * 3600_000);

    const me = await call(`${system.baseUrl}/api/v1/me`, { cookie: alice.cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userId: 'alice.martin' });
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and keeps returnTo on this origin', async () => {
    const response = await fetch(`${system.baseUrl}/auth/login?returnTo=${encodeURIComponent('//evil.example/x')}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const authorization = new URL(response.headers.get('location')!);
    expect(authorization.origin).toBe(system.identityProviderUrl);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('redirect_uri')).toBe(`${system.baseUrl}/auth/callback`);
    expect(response.headers.getSetCookie().join()).toMatch(
      /chaman_login=[^;]+; Path=\/auth\/callback; Max-Age=600; HttpOnly; SameSite=Lax/,
    );

    const bob = await logInOverHttp(system.baseUrl, { login: 'bob', returnTo: '//evil.example/x' });
    expect(bob.landedOn).toBe('/');
  });

  it('derives the redirect URI from the loopback host the browser used (localhost or 127.0.0.1, any port)', async () => {
    const viaLocalhost = system.baseUrl.replace('127.0.0.1', 'localhost');
    const response = await fetch(`${viaLocalhost}/auth/login`, { redirect: 'manual' });
    expect(new URL(response.headers.get('location')!).searchParams.get('redirect_uri')).toBe(`${viaLocalhost}/auth/callback`);
    const carol = await logInOverHttp(viaLocalhost, { login: 'carol' });
    expect((await call(`${viaLocalhost}/api/v1/me`, { cookie: carol.cookie })).status).toBe(200);
  });

  it('gives the operator role from the login form, and lets a same-origin web request mutate', async () => {
    const olga = await logInOverHttp(system.baseUrl, {
      login: 'olga',
      name: 'Olga Operator',
      email: 'olga@portal.example',
      operator: true,
    });
    const session = await call(`${system.baseUrl}/auth/session`, { cookie: olga.cookie });
    expect(session.body.user).toEqual({ sub: 'olga', name: 'Olga Operator', email: 'olga@portal.example', roles: ['chaman-admin'] });

    const created = await call(`${system.baseUrl}/api/v1/enterprises`, {
      method: 'POST',
      cookie: olga.cookie,
      headers: { ...WEB, origin: system.baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify(enterpriseBody('olga-chief')),
    });
    expect(created.status).toBe(201);
  });

  it('refuses a cookie-authenticated mutation without the web client header, or from a foreign Origin (403)', async () => {
    const olga = await logInOverHttp(system.baseUrl, { login: 'olga', operator: true });
    const post = (headers: Record<string, string>) =>
      call(`${system.baseUrl}/api/v1/enterprises`, {
        method: 'POST',
        cookie: olga.cookie,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(enterpriseBody('x')),
      });

    const withoutHeader = await post({ origin: system.baseUrl });
    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.headers.get('content-type')).toContain('application/problem+json');
    expect(withoutHeader.body.type).toBe('urn:problem-type:chaman:crossOriginRequestRefused');

    const foreign = await post({ ...WEB, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.type).toBe('urn:problem-type:chaman:crossOriginRequestRefused');

    const otherPort = await post({ ...WEB, origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);

    const logoutFromElsewhere = await call(`${system.baseUrl}/auth/logout`, {
      method: 'POST',
      cookie: olga.cookie,
      headers: { ...WEB, origin: 'http://evil.example' },
    });
    expect(logoutFromElsewhere.status).toBe(403);
    expect((await call(`${system.baseUrl}/auth/session`, { cookie: olga.cookie })).status).toBe(200);
  });

  it('keeps bearer tokens working beside the cookie, without the web client header', async () => {
    const token = await system.api.tokenFor({ sub: 'op-bearer', roles: ['chaman-admin'] });
    const created = await call(`${system.baseUrl}/api/v1/enterprises`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(enterpriseBody('bearer-chief')),
    });
    expect(created.status).toBe(201);
  });

  it('answers 401 on /auth/session without a session, or with an unknown one', async () => {
    const none = await call(`${system.baseUrl}/auth/session`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await call(`${system.baseUrl}/auth/session`, { cookie: 'chaman_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.status).toBe(401);
    expect(
      (await call(`${system.baseUrl}/api/v1/me`, { cookie: 'chaman_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).status,
    ).toBe(401);
  });

  it('keeps the session through a second gateway and across a gateway restart', async () => {
    const dora = await logInOverHttp(system.baseUrl, { login: 'dora' });
    const second = await call(`${system.gatewayUrls[1]}/api/v1/me`, { cookie: dora.cookie });
    expect(second.status).toBe(200);
    expect(second.body.userId).toBe('dora');

    // A login started at one replica finishes at the other: the pending login is shared too.
    const started = await fetch(`${system.gatewayUrls[1]}/auth/login`, { redirect: 'manual' });
    expect(started.status).toBe(302);

    await system.restartGateway(0);
    const afterRestart = await call(`${system.baseUrl}/auth/session`, { cookie: dora.cookie });
    expect(afterRestart.status).toBe(200);
    expect(afterRestart.body.user.sub).toBe('dora');
  });

  it('logs out: 204, the cookie cleared, the session gone everywhere, the provider told where to end its own', async () => {
    const erin = await logInOverHttp(system.baseUrl, { login: 'erin' });
    const logout = await call(`${system.baseUrl}/auth/logout`, {
      method: 'POST',
      cookie: erin.cookie,
      headers: { ...WEB, origin: system.baseUrl },
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join()).toMatch(/chaman_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax/);
    const endSession = new URL(logout.headers.get('x-chaman-end-session')!);
    expect(endSession.origin).toBe(system.identityProviderUrl);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${system.baseUrl}/`);

    expect((await call(`${system.baseUrl}/auth/session`, { cookie: erin.cookie })).status).toBe(401);
    expect((await call(`${system.gatewayUrls[1]}/api/v1/me`, { cookie: erin.cookie })).status).toBe(401);
  });

  it('serves the web client: index.html for client routes, hashed assets cached for a year, a strict CSP', async () => {
    const home = await call(`${system.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const csp = home.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");

    const clientRoute = await call(`${system.baseUrl}/enterprises/0123456749/delegations`);
    expect(clientRoute.status).toBe(200);
    expect(clientRoute.body).toBe(home.body);

    const asset = await call(`${system.baseUrl}/assets/app-3f2a.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/(text|application)\/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await call(`${system.baseUrl}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');

    expect((await call(`${system.baseUrl}/assets/app-old.js`)).status).toBe(404);
    expect((await call(`${system.baseUrl}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    const unknownApi = await call(`${system.baseUrl}/api/v1/no-such-route`);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toContain('application/problem+json');
    expect((await call(`${system.baseUrl}/auth/nothing`)).status).toBe(404);
  });

  it("sends the build's brotli or gzip copy to a browser that accepts it, the file itself to one that does not", async () => {
    const url = `${system.baseUrl}/assets/app-3f2a.js`;
    const br = await rawGet(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const gz = await rawGet(url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await rawGet(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    // index.html has no compressed copy here: sent as it is, never cached without a check.
    const page = await rawGet(`${system.baseUrl}/e/0123456749`, 'br');
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('keeps its own looser CSP for the Swagger page only', async () => {
    const docs = await call(`${system.baseUrl}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
  });
});
