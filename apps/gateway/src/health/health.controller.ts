import { pingMessage, SERVICE_NAMES, type ServiceName } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticator } from '../auth/authenticator';
import { Public } from '../auth/public.decorator';
import { Answers } from '../openapi/answers.decorator';
import { HealthReport, type HealthStatus } from './health-report';

const HEALTH_TIMEOUT_MS = 2_000;
/** The public aggregate check asks the services at most once per this time (four times a second), however often it is called. */
export const HEALTH_CACHE_MS = 250;

type Details = Record<'nats' | ServiceName, { status: HealthStatus }>;
const DOWN = { status: 503, type: HealthReport, description: 'DOWN.' };

@ApiTags('system')
@Controller('health')
export class HealthController {
  private latest: { at: number; details: Promise<Details> } | null = null;

  constructor(
    private readonly bus: BusClient,
    private readonly authenticator: Authenticator,
  ) {}

  @Get()
  @Public()
  @Answers(HealthReport)
  @ApiResponse(DOWN)
  @ApiOperation({
    summary:
      'UP when NATS and every service (and its database) answers; DOWN (503) otherwise (the services asked at most four times a second). Details for operators.',
  })
  async check(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    // This gateway's own NATS connection is known at no cost and never hidden by a cached answer.
    const details = { ...(await this.servicesDetails()), nats: { status: this.natsStatus() } };
    const status = Object.values(details).every((part) => part.status === 'UP') ? 'UP' : 'DOWN';
    void reply.status(status === 'UP' ? 200 : 503);
    return (await this.isPrivileged(request)) ? { status, details } : { status };
  }

  @Get('live')
  @Public()
  @Answers(HealthReport)
  @ApiResponse(DOWN)
  @ApiOperation({ summary: 'UP while this gateway runs and holds its NATS connection: the probe of one replica, not of the system.' })
  live(@Res({ passthrough: true }) reply: FastifyReply): HealthReport {
    const status = this.natsStatus();
    void reply.status(status === 'UP' ? 200 : 503);
    return { status };
  }

  /** One check in flight and its answer reused for 250 ms: a flood of public calls never fans out to the services. */
  private servicesDetails(): Promise<Details> {
    const now = Date.now();
    if (!this.latest || now - this.latest.at >= HEALTH_CACHE_MS) {
      const details = Promise.all(SERVICE_NAMES.map(async (service) => [service, { status: await this.ping(service) }] as const)).then(
        (services) => ({ nats: { status: this.natsStatus() }, ...Object.fromEntries(services) }) as Details,
      );
      this.latest = { at: now, details };
    }
    return this.latest.details;
  }

  private natsStatus(): HealthStatus {
    return this.bus.isConnected() ? 'UP' : 'DOWN';
  }

  private async ping(service: ServiceName): Promise<HealthStatus> {
    try {
      const reply = await this.bus.send(pingMessage(service), {}, { timeoutMs: HEALTH_TIMEOUT_MS });
      return reply.database === 'up' ? 'UP' : 'DOWN';
    } catch {
      return 'DOWN';
    }
  }

  /** An operator's bearer token shows what is down; anyone else (or a bad token) gets the status alone. */
  private async isPrivileged(request: FastifyRequest): Promise<boolean> {
    if (request.headers.authorization === undefined) return false;
    try {
      return (await this.authenticator.authenticate(request)).isOperator;
    } catch {
      return false;
    }
  }
}
