import { Streams } from '@chaman/contracts';
import { JetStreamConnection, type NatsCredentials, OrderedFeed } from '@chaman/platform';
import type { Logger } from 'pino';
import type { RightsCopy } from './rights-copy';

export interface RightsFeedSettings {
  natsUrl: string;
  natsCredentials?: NatsCredentials;
  subjectPrefix: string;
  heartbeatMs: number;
  maxSilenceMs: number;
}

/** The rights copy's feed: every access event, on a NATS connection of its own (request traffic never delays it). */
export class RightsFeed extends OrderedFeed {
  private ownConnection: JetStreamConnection | null = null;

  constructor(
    copy: RightsCopy,
    private readonly connectionSettings: RightsFeedSettings,
    logger: Logger,
  ) {
    super({ ...connectionSettings, stream: Streams.access }, (event) => copy.apply(event), logger);
  }

  async open(): Promise<void> {
    this.ownConnection = await JetStreamConnection.open(
      this.connectionSettings.natsUrl,
      'gateway-rights',
      this.connectionSettings.natsCredentials,
    );
    this.start(this.ownConnection);
  }

  override async stop(): Promise<void> {
    await super.stop();
    await this.ownConnection?.close();
  }
}
