import { connect, type JetStreamClient, type JetStreamManager, type NatsConnection } from 'nats';
import { natsConnectionOptions } from '../bus/nats-connection-options';
import type { NatsCredentials } from '../bus/nats-credentials';

const JETSTREAM_API_TIMEOUT_MS = 20_000;

/** The service's own NATS connection for JetStream (publishing from the outbox, durable consumers). */
export class JetStreamConnection {
  private constructor(
    readonly connection: NatsConnection,
    readonly client: JetStreamClient,
    readonly manager: JetStreamManager,
  ) {}

  static async open(natsUrl: string, name: string, credentials?: NatsCredentials): Promise<JetStreamConnection> {
    const connection = await connect(natsConnectionOptions(natsUrl, name, credentials));
    // Creating a replicated stream or consumer waits for its raft group on a cluster: allow more than the 5 s default.
    return new JetStreamConnection(
      connection,
      connection.jetstream(),
      await connection.jetstreamManager({ timeout: JETSTREAM_API_TIMEOUT_MS }),
    );
  }

  isUp(): boolean {
    return (
      !this.connection.isClosed() && (this.connection as unknown as { protocol?: { connected?: boolean } }).protocol?.connected !== false
    );
  }

  async close(): Promise<void> {
    if (!this.connection.isClosed()) await this.connection.drain();
  }
}
