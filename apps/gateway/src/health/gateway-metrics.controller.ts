import { MetricsController } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';

/** Prometheus scrapes without a person's token; keep `/metrics` off the public ingress. */
@Public()
@ApiExcludeController()
@Controller('metrics')
export class GatewayMetricsController extends MetricsController {}
