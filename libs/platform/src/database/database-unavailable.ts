/** Socket errors of a connection attempt or of a connection cut under the client. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/**
 * SQLSTATEs of a server that is going away or not there yet: admin/crash shutdown, starting up, too many
 * connections, and the connection-exception class 08 except 08P01 (a protocol violation is the request's fault).
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '08007']);
/**
 * What node-postgres, the pool and knex say when a connection dies or none can be had, without a code; knex's
 * "already complete" is the next statement of a transaction whose connection the server just cut.
 */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection is closed|Timeout acquiring a connection|Client has encountered a connection error|Transaction query already complete/i;

/**
 * True when `error` says the database cannot be reached right now (down, restarting, unreachable) rather
 * than that the request or the code is wrong: the caller should answer 503 and retry later, not 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, name, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code))) return true;
  if (name === 'ConnectionException' || name === 'KnexTimeoutError') return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
