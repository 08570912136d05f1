import { LOGGER, SERVICE_CONFIG, type ServiceConfig, CLOCK, type Clock } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { auditRetentionStart } from '../domain/audit-retention';
import { purgeAuditEntriesBefore } from '../persistence/audit-store';

/** Deletes entries past their retention on the service's purge interval (safe on every replica: one delete). */
@Injectable()
export class AuditRetentionSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.purgeIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.purge(), this.config.purgeIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(): Promise<number> {
    try {
      const deleted = await purgeAuditEntriesBefore(this.orm.em.fork() as EntityManager, auditRetentionStart(this.clock.now()));
      if (deleted > 0) this.logger.info({ deleted }, 'audit entries past retention deleted');
      return deleted;
    } catch (error) {
      this.logger.warn({ err: error }, 'audit retention pass failed; the next one retries');
      return 0;
    }
  }
}
