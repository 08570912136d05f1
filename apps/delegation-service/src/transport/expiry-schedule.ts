import { LOGGER } from '@chaman/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { EndDueDelegationsUseCase } from '../application/end-due-delegations';
import { ExpirePendingDelegationsUseCase } from '../application/expire-pending-delegations';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';

/** Runs the expiry sweep (pending requests, then end dates) every `expirySweepIntervalMs`; replicas may all run it, row locks keep it single per delegation. */
@Injectable()
export class ExpirySchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly expire: ExpirePendingDelegationsUseCase,
    private readonly end: EndDueDelegationsUseCase,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.expirySweepIntervalMs === 0) return;
    this.timer = setInterval(() => this.sweep(), this.settings.expirySweepIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private sweep(): void {
    if (this.running) return;
    this.running = this.expire
      .execute()
      .then(async (expired) => {
        if (expired > 0) this.logger.info({ expired }, 'pending delegation requests expired');
        const ended = await this.end.execute();
        if (ended > 0) this.logger.info({ ended }, 'delegations ended on their end date');
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'expiry sweep failed; next one will retry'))
      .finally(() => {
        this.running = null;
      });
  }
}
