import { BusClient, LOGGER, METRICS, type ServiceMetrics } from '@chaman/platform';
import type { OnApplicationShutdown, Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import { DEFAULT_RIGHTS_COPY, type GatewayConfig } from '../config/gateway-config';
import { RightsAuthority } from './rights-authority';
import { RightsCopy } from './rights-copy';
import { RightsFeed } from './rights-feed';

class RightsFeedLifecycle implements OnApplicationShutdown {
  constructor(private readonly feed: RightsFeed | null) {}
  onApplicationShutdown() {
    return this.feed?.stop();
  }
}

/** The rights copy, its feed and the authority deciding from them (no copy when `rightsCopy.enabled` is false). */
export function authorizationProviders(config: GatewayConfig): Provider[] {
  const settings = config.rightsCopy ?? DEFAULT_RIGHTS_COPY;
  const copy = settings.enabled ? new RightsCopy() : null;
  return [
    {
      provide: RightsFeed,
      inject: [LOGGER],
      useFactory: async (logger: Logger) => {
        if (!copy) return null;
        const feed = new RightsFeed(
          copy,
          { natsUrl: config.natsUrl, natsCredentials: config.natsCredentials, subjectPrefix: config.subjectPrefix, ...settings },
          logger,
        );
        await feed.open();
        return feed;
      },
    },
    { provide: RightsFeedLifecycle, inject: [RightsFeed], useFactory: (feed: RightsFeed | null) => new RightsFeedLifecycle(feed) },
    {
      provide: RightsAuthority,
      inject: [BusClient, RightsFeed, METRICS],
      useFactory: (bus: BusClient, feed: RightsFeed | null, metrics: ServiceMetrics) =>
        new RightsAuthority(bus, copy, feed, metrics.registry),
    },
  ];
}
