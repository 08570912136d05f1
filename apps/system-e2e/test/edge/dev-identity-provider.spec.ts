import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppProcess, freePort } from '../../src/processes';

const REDIRECT_URI = 'http://127.0.0.1/auth/callback';

/** The provider process on a free loopback port, with the settings `env` gives it. */
async function startProvider(env: Record<string, string>): Promise<{ issuer: string; process: AppProcess }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new AppProcess({
    name: 'dev-identity-provider',
    entry: join('apps', 'dev-identity-provider', 'src', 'main.ts'),
    env: { NODE_ENV: 'development', DEV_IDP_PORT: String(port), DEV_IDP_ISSUER: issuer, ...env },
    readyUrl: `${issuer}/.well-known/openid-configuration`,
  });
  await provider.start();
  return { issuer, process: provider };
}

/** A browser's visit: cookies kept, redirects followed by hand. */
class Visit {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly issuer: string) {}

  async go(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.issuer);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
}

/** Logs in at the form, posting the operator role, and returns the login page and the access token's roles. */
async function logInAsOperator(issuer: string): Promise<{ page: string; roles: unknown }> {
  const visit = new Visit(issuer);
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({
    client_id: 'chaman-web',
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile email roles',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 's',
    nonce: 'n',
  });
  const interaction = (await visit.go(`/auth?${query.toString()}`)).headers.get('location')!;
  const page = await (await visit.go(interaction)).text();
  const form = new URLSearchParams({ login: 'mallory', roles: 'chaman-admin' });
  let location = (
    await visit.go(`${interaction}/login`, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  ).headers.get('location')!;
  while (!location.startsWith(REDIRECT_URI)) location = (await visit.go(location)).headers.get('location')!;
  const code = new URL(location).searchParams.get('code')!;
  const token = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('chaman-web:chaman-dev-secret').toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
  });
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  return { page, roles: JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).roles };
}

describe('development identity provider over HTTP', () => {
  const providers: AppProcess[] = [];
  afterAll(() => Promise.all(providers.map((provider) => provider.stop())));

  const start = async (env: Record<string, string>) => {
    const started = await startProvider(env);
    providers.push(started.process);
    return started.issuer;
  };

  jest.setTimeout(60_000);

  it('says in its discovery document that it is the development provider (a production gateway refuses it)', async () => {
    const issuer = await start({});
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery.chaman_development_provider).toBe(true);
  });

  it('offers no operator role unless DEV_IDP_OPERATOR_LOGIN=true, even to a form that posts it', async () => {
    const closed = await logInAsOperator(await start({}));
    expect(closed.page).not.toContain('chaman-admin');
    expect(closed.roles).toEqual([]);
    const open = await logInAsOperator(await start({ DEV_IDP_OPERATOR_LOGIN: 'true' }));
    expect(open.page).toContain('name="roles" value="chaman-admin"');
    expect(open.roles).toEqual(['chaman-admin']);
  });

  it('escapes the error description it puts in an error page', async () => {
    const issuer = await start({});
    const page = await (
      await fetch(
        `${issuer}/auth?client_id=chaman-web&response_type=code&scope=openid&redirect_uri=${encodeURIComponent('http://evil.example/<b>')}`,
      )
    ).text();
    expect(page).toContain('invalid_redirect_uri: redirect_uri did not match any of the client&#39;s registered redirect_uris');
    expect(page).not.toMatch(/client's|<b>/);
  });
});
