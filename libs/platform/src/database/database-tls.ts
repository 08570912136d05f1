import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';

/**
 * The TLS settings a database URL asks for, as libpq reads them (`sslmode`, `sslrootcert`, `sslcert`, `sslkey`).
 * MikroORM takes host, user and database from the URL and drops its query: without this a `sslmode=verify-full`
 * URL would connect in clear text. `verify-full` checks the certificate and the host name, `verify-ca` the
 * certificate only, `require` encrypts without checking; none or `disable` means no TLS.
 */
export function databaseTls(url: string): ConnectionOptions | false {
  const query = new URL(url).searchParams;
  const mode = query.get('sslmode') ?? 'disable';
  if (mode === 'disable') return false;
  const file = (name: string) => (query.get(name) ? readFileSync(query.get(name)!, 'utf8') : undefined);
  const files = { ca: file('sslrootcert'), cert: file('sslcert'), key: file('sslkey') };
  const present = Object.fromEntries(Object.entries(files).filter(([, value]) => value !== undefined));
  switch (mode) {
    case 'verify-full':
      return { ...present, rejectUnauthorized: true };
    case 'verify-ca':
      return { ...present, rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case 'require':
    case 'prefer':
    case 'allow':
      return { ...present, rejectUnauthorized: false };
    default:
      throw new Error(`Unknown sslmode "${mode}" in the database URL (disable, require, verify-ca or verify-full)`);
  }
}
