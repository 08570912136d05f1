export interface Person {
  sub: string;
  name?: string;
  email?: string;
  roles?: string[];
}

export interface ApiResponse<Body = any> {
  status: number;
  body: Body;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is (for malformed-input tests); overrides `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** A thin HTTP client for the gateway, speaking JSON with a bearer token from the dev issuer. */
export class ApiClient {
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    /** The gateway's Prometheus endpoint (its own port, not the API's). */
    readonly metricsUrl?: string,
  ) {}

  /** The gateway's metrics text. */
  async metrics(): Promise<string> {
    if (!this.metricsUrl) throw new Error('this gateway was started without a metrics port');
    return (await fetch(this.metricsUrl)).text();
  }

  async request<Body = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<Body>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as Body, headers: response.headers };
  }

  /** A dev-issuer token for `person` (cached per sub). */
  async tokenFor(person: Person): Promise<string> {
    const cached = this.tokens.get(person.sub);
    if (cached) return cached;
    const response = await this.request('POST', '/api/v1/dev/tokens', {
      body: { sub: person.sub, name: person.name ?? person.sub, email: person.email ?? `${person.sub}@example.test`, roles: person.roles },
    });
    if (response.status !== 201) throw new Error(`dev token refused: ${response.status} ${JSON.stringify(response.body)}`);
    this.tokens.set(person.sub, response.body.accessToken);
    return response.body.accessToken;
  }

  /** Calls as `person` (a token is fetched once). */
  async as<Body = any>(
    person: Person,
    method: string,
    path: string,
    options: Omit<RequestOptions, 'token'> = {},
  ): Promise<ApiResponse<Body>> {
    return this.request<Body>(method, path, { ...options, token: await this.tokenFor(person) });
  }
}

export const OPERATOR: Person = { sub: 'operator-1', name: 'Platform Operator', roles: ['chaman-admin'] };
