import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { forgetExpiredAssertions } from '../persistence/seen-assertions';
import { TOKEN_SETTINGS, type TokenSettings } from '../token-settings';

const SWEEP_MS = 60_000;

/** Once a minute, forgets the jti of assertions past their exp: the table holds about five minutes of requests. */
@Injectable()
export class AssertionSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void forgetExpiredAssertions(this.orm.em.fork() as EntityManager, this.settings.now()).catch(() => undefined),
      SWEEP_MS,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
