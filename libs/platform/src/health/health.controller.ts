import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, MikroOrmHealthIndicator } from '@nestjs/terminus';
import { JetStreamConnection } from '../jetstream/jetstream-connection';

/** Liveness (the process answers) and readiness (its database and NATS answer) for orchestrators. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: MikroOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly jetstream: JetStreamConnection,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      () => {
        const nats = this.indicators.check('nats');
        return this.jetstream.isUp() ? nats.up() : nats.down();
      },
    ]);
  }
}
