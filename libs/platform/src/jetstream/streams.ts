import { prefixedStreamName, prefixedSubject, type StreamDefinition, Streams } from '@chaman/contracts';
import { DiscardPolicy, ErrorCode, type JetStreamManager, nanos, RetentionPolicy, StorageType, type StreamConfig } from 'nats';

/** How long JetStream remembers a `Nats-Msg-Id`: a relay restarted within this window never duplicates. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

const DAY_MS = 86_400_000;
const MIB = 1024 * 1024;

export interface StreamRetention {
  maxAgeMs: number;
  maxBytes: number;
}

/**
 * Streams are a bounded transport, not the system of record (docs/security.md): the oldest events go first,
 * past their age or past the size. The access and sender streams feed copies that replay them from the start,
 * hence their long age; the public delegation stream keeps a year for downstream systems; parked events a month.
 */
const RETENTION: Record<string, StreamRetention> = {
  [Streams.access.name]: { maxAgeMs: 5 * 365 * DAY_MS, maxBytes: 1024 * MIB },
  [Streams.sender.name]: { maxAgeMs: 5 * 365 * DAY_MS, maxBytes: 1024 * MIB },
  [Streams.delegation.name]: { maxAgeMs: 365 * DAY_MS, maxBytes: 1024 * MIB },
  [Streams.parked.name]: { maxAgeMs: 30 * DAY_MS, maxBytes: 64 * MIB },
};
const DEFAULT_RETENTION: StreamRetention = { maxAgeMs: 365 * DAY_MS, maxBytes: 256 * MIB };

export function retentionOf(stream: StreamDefinition): StreamRetention {
  return RETENTION[stream.name] ?? DEFAULT_RETENTION;
}

export function streamConfig(prefix: string, stream: StreamDefinition, replicas = 1): Partial<StreamConfig> & { name: string } {
  const retention = retentionOf(stream);
  return {
    num_replicas: replicas,
    name: prefixedStreamName(prefix, stream.name),
    subjects: [prefixedSubject(prefix, stream.subjects)],
    description: stream.description,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    max_age: nanos(retention.maxAgeMs),
    max_bytes: retention.maxBytes,
    discard: DiscardPolicy.Old,
  };
}

/** Creates the stream, or brings an existing one to the declared configuration; safe to run from every replica. */
export async function ensureStream(manager: JetStreamManager, prefix: string, stream: StreamDefinition, replicas = 1): Promise<void> {
  const config = streamConfig(prefix, stream, replicas);
  await retryingTimeouts(async () => {
    if (await createUnlessPresent(manager, config)) return;
    await manager.streams.update(config.name, config);
  });
}

/**
 * A stream another service owns (a reader may start first): never changed; created when missing only where the bus
 * lets this client (the shared parked stream, a development bus without permissions). False when it is missing and
 * only its owner may create it: the caller tries again later.
 */
export async function ensureStreamExists(
  manager: JetStreamManager,
  prefix: string,
  stream: StreamDefinition,
  replicas = 1,
): Promise<boolean> {
  try {
    await retryingTimeouts(() => createUnlessPresent(manager, streamConfig(prefix, stream, replicas)));
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === ErrorCode.PermissionsViolation) return false;
    throw error;
  }
}

const STREAM_SETUP_ATTEMPTS = 5;

/**
 * On a cluster, replicas starting together queue their stream requests behind one raft election: a request
 * that timed out is asked again (the calls are idempotent) before the service gives up starting.
 */
async function retryingTimeouts<T>(setUp: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await setUp();
    } catch (error) {
      if ((error as { code?: string }).code !== 'TIMEOUT' || attempt === STREAM_SETUP_ATTEMPTS) throw error;
    }
  }
}

/** True when this call created the stream. */
async function createUnlessPresent(manager: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<boolean> {
  try {
    await manager.streams.info(config.name);
    return false;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    await manager.streams.add(config);
    return true;
  } catch (raceError) {
    // Another replica created it between our two calls.
    if (!/already in use/i.test(String((raceError as Error).message))) throw raceError;
    return false;
  }
}

function isNotFound(error: unknown): boolean {
  return /not found/i.test(String((error as Error)?.message));
}
