import { pingMessage, ProblemException, SERVICE_NAMES } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { Answers } from '../openapi/answers.decorator';
import { HealthReport } from './health-report';

const HEALTH_TIMEOUT_MS = 2_000;
/** The public aggregate check asks the services at most once per this time (four times a second), however often it is called. */
export const HEALTH_CACHE_MS = 250;

@ApiTags('system')
@Controller('health')
export class HealthController {
  private latest: { at: number; report: Promise<HealthReport> } | null = null;

  constructor(private readonly bus: BusClient) {}

  @Get()
  @Public()
  @Answers(HealthReport)
  @ApiOperation({ summary: '200 when NATS and every service (and its database) answers; 503 otherwise (the services asked at most four times a second).' })
  check(): Promise<HealthReport> {
    // This gateway's own NATS connection is known here at no cost: never hidden by a cached answer.
    if (!this.bus.isConnected()) return Promise.reject(ProblemException.of('serviceUnavailable', 'Part of the system is unavailable.', { nats: 'down' }));
    // One check in flight and its answer reused for 250 ms: a flood of public calls never fans out to the services.
    const now = Date.now();
    if (!this.latest || now - this.latest.at >= HEALTH_CACHE_MS) this.latest = { at: now, report: this.checkServices() };
    return this.latest.report;
  }

  private async checkServices(): Promise<HealthReport> {
    const results = await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        try {
          const reply = await this.bus.send(pingMessage(service), {}, { timeoutMs: HEALTH_TIMEOUT_MS });
          return [service, reply.database === 'up' ? 'up' : 'down'] as const;
        } catch {
          return [service, 'down'] as const;
        }
      }),
    );
    const services = Object.fromEntries(results);
    const nats = this.bus.isConnected() ? 'up' : 'down';
    if (nats === 'down' || results.some(([, status]) => status !== 'up')) {
      throw ProblemException.of('serviceUnavailable', 'Part of the system is unavailable.', { nats, services });
    }
    return { status: 'up', nats, services };
  }

  @Get('live')
  @Public()
  @Answers(HealthReport)
  @ApiOperation({ summary: '200 while this gateway runs and holds its NATS connection: the probe of one replica, not of the system.' })
  live(): HealthReport {
    if (!this.bus.isConnected()) throw ProblemException.of('serviceUnavailable', 'This gateway has lost its NATS connection.', { nats: 'down' });
    return { status: 'up', nats: 'up' };
  }
}
