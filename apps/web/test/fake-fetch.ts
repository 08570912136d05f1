/** A fetch answering each `METHOD path` with a status and JSON body; records the requests it saw. */
export function fakeFetch(routes: Record<string, { status: number; body?: unknown }>) {
  const calls: { method: string; path: string; headers: Record<string, string>; body?: unknown }[] = [];
  const fetch = jest.fn(async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = String(input);
    calls.push({
      method,
      path,
      headers: init.headers as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const answer = routes[`${method} ${path}`] ?? {
      status: 404,
      body: { type: 'urn:problem-type:belgif:resourceNotFound', status: 404, title: 'Resource Not Found', code: 'resourceNotFound' },
    };
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    // jsdom has no fetch Response: the client only reads these members.
    return {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      text: async () => text,
      json: async () => JSON.parse(text),
    };
  });
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return calls;
}
