/** The same server as `serverUrl`, on another database (any path in `serverUrl` is replaced). */
export function databaseUrl(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

/** The same server as `serverUrl`, signed in as another role. */
export function roleUrl(serverUrl: string, role: string, password: string): string {
  const url = new URL(serverUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** The role and password a URL signs in with. */
export function credentialsOf(url: string): { role: string; password?: string } {
  const parsed = new URL(url);
  return { role: decodeURIComponent(parsed.username), password: parsed.password ? decodeURIComponent(parsed.password) : undefined };
}
