import { type CloudEvent, prefixedStreamName, prefixedSubject, type StreamDefinition } from '@chaman/contracts';
import { natsAuthOptions, type NatsCredentials } from '@chaman/platform';
import { AckPolicy, connect, type ConsumerMessages, DeliverPolicy, type NatsConnection } from 'nats';
import { Received } from './received';

/**
 * A durable JetStream consumer a test starts on a stream to wait for events — tests wait for the event,
 * never for the clock. It records every delivery so tests can assert "exactly once".
 */
export class EventProbe {
  private readonly log = new Received<CloudEvent>('EventProbe', (events) => events.map((event) => event.type).join(', '));
  readonly received = this.log.items;
  /** Deliveries that were not JSON (e.g. garbage parked by a consumer). */
  malformed = 0;
  private connection: NatsConnection | null = null;
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly natsUrl: string,
    private readonly subjectPrefix: string,
    private readonly stream: StreamDefinition,
    private readonly durable = `probe-${Math.random().toString(36).slice(2, 10)}`,
    /** On a secured bus: a client allowed to read the stream (downstream for the public one, monitor for any). */
    private readonly credentials?: NatsCredentials,
  ) {}

  async start(): Promise<this> {
    this.connection = await connect({ servers: this.natsUrl, ...natsAuthOptions(this.credentials) });
    const manager = await this.connection.jetstreamManager();
    const streamName = prefixedStreamName(this.subjectPrefix, this.stream.name);
    await manager.consumers.add(streamName, {
      durable_name: this.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: prefixedSubject(this.subjectPrefix, this.stream.subjects),
    });
    const consumer = await this.connection.jetstream().consumers.get(streamName, this.durable);
    const messages = (this.messages = await consumer.consume());
    this.loop = (async () => {
      for await (const message of messages) {
        try {
          this.log.push(message.json<CloudEvent>());
        } catch {
          this.malformed += 1;
        }
        message.ack();
      }
    })();
    return this;
  }

  /** Resolves once `predicate` holds over what was received, or fails after `timeoutMs`. */
  waitFor(predicate: (events: CloudEvent[]) => boolean, timeoutMs = 10_000): Promise<CloudEvent[]> {
    return this.log.waitFor(predicate, timeoutMs);
  }

  ofType(type: string): CloudEvent[] {
    return this.received.filter((event) => event.type === type);
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop?.catch(() => undefined);
    await this.connection?.close();
  }
}
