import { type CloudEvent, prefixedStreamName, prefixedSubject, type StreamDefinition } from '@chaman/contracts';
import { type ConsumerMessages, Events } from 'nats';
import type { Logger } from 'pino';
import { eventSourceOf, streamOwnerOf } from '../bus-access/event-origin';
import { FeedFreshness, type Freshness } from './feed-freshness';
import type { JetStreamConnection } from './jetstream-connection';

export interface OrderedFeedSettings {
  subjectPrefix: string;
  stream: StreamDefinition;
  /** One subject of the stream (relative to the prefix, no wildcard); the whole stream when absent. */
  subject?: string;
  /** How often the stream is asked how far it reaches (the heartbeat). */
  heartbeatMs: number;
  /** The longest time the copy may answer without a heartbeat confirming it complete. */
  maxSilenceMs: number;
}

/**
 * Feeds an in-memory copy from a stream with an ordered, ephemeral JetStream consumer (every event from the
 * first, then live: nothing durable to clean up) and keeps its freshness: a heartbeat every `heartbeatMs` asks
 * the stream for its last sequence (of the subject, when filtered); a disconnection makes the copy stale at once.
 */
export class OrderedFeed {
  readonly freshness: FeedFreshness;
  private connection: JetStreamConnection | null = null;
  private messages: ConsumerMessages | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private stopped = false;
  /** One question at a time: while NATS is away, unanswered heartbeats must not pile up and flood it on its return. */
  private asking = false;

  constructor(
    private readonly settings: OrderedFeedSettings,
    private readonly apply: (event: CloudEvent) => void,
    private readonly logger: Logger,
  ) {
    this.freshness = new FeedFreshness(settings.maxSilenceMs);
  }

  /** Starts replaying in the background: until the copy has caught up, `state()` says it is not current. */
  start(connection: JetStreamConnection): void {
    this.connection = connection;
    void this.watchConnection(connection);
    this.heartbeat = setInterval(() => void this.askStream(), this.settings.heartbeatMs);
    this.heartbeat.unref();
    void this.attach();
  }

  state(): Freshness {
    return this.freshness.state();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.messages?.close();
  }

  private get streamName(): string {
    return prefixedStreamName(this.settings.subjectPrefix, this.settings.stream.name);
  }

  private authentic(event: CloudEvent): boolean {
    const owner = streamOwnerOf(this.settings.stream);
    if (!owner || event?.source === eventSourceOf(owner)) return true;
    this.logger.error({ eventId: event?.id, source: event?.source, stream: this.streamName }, 'feed: inauthentic event ignored');
    return false;
  }

  /** The stream may not exist yet (its owner creates it): try again until it does, saying so once. */
  private async attach(): Promise<void> {
    for (let attempt = 1; !this.stopped && this.connection; attempt += 1) {
      try {
        const subject = this.settings.subject;
        const consumer = await this.connection.client.consumers.get(
          this.streamName,
          subject ? { filterSubjects: prefixedSubject(this.settings.subjectPrefix, subject) } : {},
        );
        this.messages = await consumer.consume({
          max_messages: 256,
          callback: (message) => {
            const event = message.json<CloudEvent>();
            // Believed for where it comes from: the stream's owner is the only client that may write it.
            if (this.authentic(event)) this.apply(event);
            this.freshness.appliedUpTo(message.seq);
          },
        });
        if (attempt > 1) this.logger.info({ stream: this.streamName, attempts: attempt }, 'feed: attached to the stream');
        return;
      } catch (error) {
        // A stream its owner has not created yet is routine at start; anything else is worth a warning.
        const notCreatedYet = (error as { code?: string }).code === '404';
        if (attempt === 1 && notCreatedYet)
          this.logger.info({ stream: this.streamName }, 'feed: stream not created yet; its owner answers meanwhile');
        else if (attempt === 1)
          this.logger.warn({ err: error, stream: this.streamName }, 'feed: stream not reachable; its owner answers meanwhile');
        await new Promise((resolve) => setTimeout(resolve, this.settings.maxSilenceMs));
      }
    }
  }

  private async askStream(): Promise<void> {
    if (!this.connection || this.asking || !this.connection.isUp()) return;
    this.asking = true;
    const askedAt = Date.now();
    try {
      this.freshness.heartbeat(await this.lastSequence(this.connection), askedAt);
    } catch {
      // No answer is no heartbeat: the copy goes silent and its owner answers.
    } finally {
      this.asking = false;
    }
  }

  private async lastSequence(connection: JetStreamConnection): Promise<number> {
    if (!this.settings.subject) return (await connection.manager.streams.info(this.streamName)).state.last_seq;
    try {
      const last = await connection.manager.streams.getMessage(this.streamName, {
        last_by_subj: prefixedSubject(this.settings.subjectPrefix, this.settings.subject),
      });
      return last.seq;
    } catch (error) {
      if (/no message found/i.test(String((error as Error).message))) return 0;
      throw error;
    }
  }

  private async watchConnection(connection: JetStreamConnection): Promise<void> {
    for await (const status of connection.connection.status()) {
      if (status.type === Events.Disconnect) this.freshness.disconnected();
      if (status.type === Events.Reconnect) this.freshness.reconnected();
    }
  }
}
