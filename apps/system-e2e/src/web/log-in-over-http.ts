/** Who logs in at the development identity provider's form. */
export interface WebLogin {
  login: string;
  name?: string;
  email?: string;
  operator?: boolean;
  /** Where the gateway sends the browser back (default `/`). */
  returnTo?: string;
}

export interface LoggedIn {
  /** `chaman_session=<id>`: the Cookie header to send. */
  cookie: string;
  sessionId: string;
  /** Where the gateway's callback redirected (the `returnTo`). */
  landedOn: string;
}

const MAX_HOPS = 20;

/** Cookies per host, as a browser keeps them (name=value only: these tests need no more). */
class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  store(url: URL, response: Response): void {
    const cookies = this.byHost.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || pair.slice(at + 1) === '') cookies.delete(pair.slice(0, at).trim());
      else cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    this.byHost.set(url.host, cookies);
  }

  header(url: URL): string {
    return [...(this.byHost.get(url.host) ?? new Map()).entries()].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(host: string, name: string): string | undefined {
    return this.byHost.get(host)?.get(name);
  }
}

/**
 * Logs a person in through the gateway and the development identity provider exactly as a browser does, over plain
 * HTTP: `/auth/login` → the provider's login form (posted) → `/auth/callback` → the session cookie.
 */
export async function logInOverHttp(gatewayUrl: string, person: WebLogin): Promise<LoggedIn> {
  const gateway = new URL(gatewayUrl);
  const jar = new CookieJar();
  let url = new URL(`/auth/login?returnTo=${encodeURIComponent(person.returnTo ?? '/')}`, gateway);
  let init: RequestInit = { method: 'GET' };
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header(url) },
    });
    jar.store(url, response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (url.host === gateway.host && url.pathname === '/auth/callback') {
        const sessionId = jar.get(gateway.host, 'chaman_session');
        if (!sessionId) throw new Error(`the callback set no session cookie (${response.status})`);
        return { cookie: `chaman_session=${sessionId}`, sessionId, landedOn: next.pathname + next.search };
      }
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const body = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(body)?.[1];
    if (response.status !== 200 || !action) throw new Error(`login stopped at ${url.href}: ${response.status} ${body.slice(0, 500)}`);
    const form = new URLSearchParams({ login: person.login, name: person.name ?? '', email: person.email ?? '' });
    if (person.operator) form.append('roles', 'chaman-admin');
    url = new URL(action.replace(/&amp;/g, '&'), url);
    init = { method: 'POST', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error(`login did not finish within ${MAX_HOPS} hops`);
}
