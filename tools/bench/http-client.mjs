// JSON over HTTP to the gateway for seeding and set-up (keep-alive through Node's fetch), and a bounded pool.

export class HttpClient {
  /** `signal` aborts every call in flight and refuses new ones (the bench was interrupted). */
  constructor(baseUrl, signal) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.signal = signal;
  }

  /** `body` is sent as JSON, `form` (a string) as application/x-www-form-urlencoded. */
  async call(method, path, { token, body, form, headers = {} } = {}) {
    const all = { ...headers };
    if (token) all.authorization = `Bearer ${token}`;
    if (body !== undefined) all['content-type'] = 'application/json';
    if (form !== undefined) all['content-type'] = 'application/x-www-form-urlencoded';
    const payload = form ?? (body === undefined ? undefined : JSON.stringify(body));
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers: all, body: payload, signal: this.signal });
    const text = await response.text();
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed };
  }

  /** Like `call`, but anything but `expected` stops the bench: seeding must not half-succeed silently. */
  async expect(expected, method, path, options) {
    const response = await this.call(method, path, options);
    const wanted = Array.isArray(expected) ? expected : [expected];
    if (!wanted.includes(response.status)) {
      throw new Error(
        `${method} ${path} answered ${response.status} (expected ${wanted.join('|')}): ${JSON.stringify(response.body).slice(0, 600)}`,
      );
    }
    return response.body;
  }

  async token(person) {
    const body = await this.expect(201, 'POST', '/api/v1/dev/tokens', { body: person });
    return body.accessToken;
  }
}

/**
 * Runs `task(item, index)` over `items` with at most `concurrency` in flight; results in input order. Once
 * `until` (a Date.now() deadline) has passed no new task starts, and the tasks not started stay `undefined`.
 */
export async function inPool(items, concurrency, task, until = Infinity) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length && Date.now() < until) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
