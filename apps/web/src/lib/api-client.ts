import { networkProblem, ProblemError, problemFrom } from './problem-error';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Every request names this client: the gateway's CSRF check refuses cookie-authenticated writes without it. */
export const CLIENT_HEADER = { 'X-Chaman-Client': 'web' } as const;

/** The one way the application talks to the gateway: same-origin, session cookie, problems thrown as ProblemError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...CLIENT_HEADER, accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ProblemError(networkProblem());
  }
  const text = await response.text();
  const body: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) throw new ProblemError(problemFrom(response.status, body));
  return body as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `/api/v1` routes, with every path segment escaped. */
export const apiPath = (strings: TemplateStringsArray, ...values: (string | number)[]): string =>
  '/api/v1' +
  strings.reduce((path, part, index) => path + part + (index < values.length ? encodeURIComponent(String(values[index])) : ''), '');

/** A page of a collection as the gateway answers it. */
export interface Collection<T> {
  items: T[];
  next?: string;
}

/** The address of a collection's first page: `limit` items, with the filters that are set (empty ones left out). */
export function firstPage(path: string, filters: Record<string, string | undefined> = {}, limit = 20): string {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  return `${path}?${query.toString()}`;
}

/** The page after `page`, or `undefined` on the last one. */
export const nextPage = <T>(page: Collection<T>): string | undefined => (page.next ? sameOriginPath(page.next) : undefined);

/** `next` may be an absolute URL; the client only ever follows it on its own origin. */
const sameOriginPath = (url: string): string => {
  const parsed = new URL(url, window.location.origin);
  return parsed.pathname + parsed.search;
};
