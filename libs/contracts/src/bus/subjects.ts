/**
 * Every NATS subject and stream name is scoped by a deployment prefix (default `chaman`), so that several
 * deployments — or several test runs — share one NATS server without ever seeing each other's traffic.
 */
export const DEFAULT_SUBJECT_PREFIX = 'chaman';

export function prefixedSubject(prefix: string, subject: string): string {
  return `${prefix}.${subject}`;
}

/** JetStream stream names may not contain dots; the prefix becomes an upper-case name segment. */
export function prefixedStreamName(prefix: string, stream: string): string {
  return `${prefix.replace(/[^A-Za-z0-9_-]/g, '_').toUpperCase()}_${stream}`;
}
