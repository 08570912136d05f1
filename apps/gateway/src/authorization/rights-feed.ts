import { type CloudEvent, prefixedStreamName, Streams } from '@chaman/contracts';
import { eventSourceOf, JetStreamConnection, type NatsCredentials } from '@chaman/platform';
import { type ConsumerMessages, Events } from 'nats';
import type { Logger } from 'pino';
import { FeedFreshness, type Freshness } from './feed-freshness';
import type { RightsCopy } from './rights-copy';

export interface RightsFeedSettings {
  natsUrl: string;
  natsCredentials?: NatsCredentials;
  subjectPrefix: string;
  /** How often the stream is asked how far it reaches (the heartbeat). */
  heartbeatMs: number;
  /** The longest time the copy may answer without a heartbeat confirming it complete. */
  maxSilenceMs: number;
}

/**
 * Feeds the copy from the access stream with an ordered, ephemeral JetStream consumer (every event from the
 * first, then live) on a connection of its own, and keeps its freshness: a heartbeat every `heartbeatMs` asks
 * the stream for its last sequence; a disconnection makes the copy stale at once.
 */
export class RightsFeed {
  readonly freshness: FeedFreshness;
  private connection: JetStreamConnection | null = null;
  private messages: ConsumerMessages | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly copy: RightsCopy,
    private readonly settings: RightsFeedSettings,
    private readonly logger: Logger,
  ) {
    this.freshness = new FeedFreshness(settings.maxSilenceMs);
  }

  /** Connects and starts replaying in the background; until it has caught up, the owner decides. */
  async start(): Promise<void> {
    this.connection = await JetStreamConnection.open(this.settings.natsUrl, 'gateway-rights', this.settings.natsCredentials);
    void this.watchConnection(this.connection);
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
    await this.connection?.close();
  }

  private get streamName(): string {
    return prefixedStreamName(this.settings.subjectPrefix, Streams.access.name);
  }

  /** The stream may not exist yet (the access-service creates it): try again until it does. */
  private async attach(): Promise<void> {
    while (!this.stopped && this.connection) {
      try {
        const consumer = await this.connection.client.consumers.get(this.streamName);
        this.messages = await consumer.consume({
          max_messages: 256,
          callback: (message) => {
            const event = message.json<CloudEvent>();
            // Believed for where it comes from: the access stream, written by the access-service alone.
            if (event?.source === eventSourceOf('access')) this.copy.apply(event);
            this.freshness.appliedUpTo(message.seq);
          },
        });
        return;
      } catch (error) {
        this.logger.warn({ err: error }, 'rights feed: access stream not reachable yet; the access-service decides meanwhile');
        await new Promise((resolve) => setTimeout(resolve, this.settings.maxSilenceMs));
      }
    }
  }

  private async askStream(): Promise<void> {
    if (!this.connection) return;
    const askedAt = Date.now();
    try {
      const info = await this.connection.manager.streams.info(this.streamName);
      this.freshness.heartbeat(info.state.last_seq, askedAt);
    } catch {
      // No answer is no heartbeat: the copy goes silent and the owner decides.
    }
  }

  private async watchConnection(connection: JetStreamConnection): Promise<void> {
    for await (const status of connection.connection.status()) {
      if (status.type === Events.Disconnect) this.freshness.disconnected();
      if (status.type === Events.Reconnect) this.freshness.reconnected();
    }
  }
}
