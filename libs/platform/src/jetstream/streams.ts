import { prefixedStreamName, prefixedSubject, type StreamDefinition } from '@chaman/contracts';
import { type JetStreamManager, nanos, RetentionPolicy, StorageType, type StreamConfig } from 'nats';

/** How long JetStream remembers a `Nats-Msg-Id`: a relay restarted within this window never duplicates. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

export function streamConfig(prefix: string, stream: StreamDefinition, replicas = 1): Partial<StreamConfig> & { name: string } {
  return {
    num_replicas: replicas,
    name: prefixedStreamName(prefix, stream.name),
    subjects: [prefixedSubject(prefix, stream.subjects)],
    description: stream.description,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  };
}

/** Creates the stream, or brings an existing one to the declared configuration; safe to run from every replica. */
export async function ensureStream(manager: JetStreamManager, prefix: string, stream: StreamDefinition, replicas = 1): Promise<void> {
  const config = streamConfig(prefix, stream, replicas);
  if (await createUnlessPresent(manager, config)) return;
  await manager.streams.update(config.name, config);
}

/** Creates a stream another service owns if it is missing (a reader may start first); never changes it. */
export async function ensureStreamExists(manager: JetStreamManager, prefix: string, stream: StreamDefinition): Promise<void> {
  await createUnlessPresent(manager, streamConfig(prefix, stream));
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
