import { IsIn, IsObject, IsOptional } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/** What the health routes answer when all is well; anything else is a `503` problem naming what is down. */
export class HealthReport {
  @IsIn(['up'])
  status!: 'up';

  @IsIn(['up'])
  nats!: 'up';

  /** `GET /health` only: each service (and its database), by name. */
  @IsOptional()
  @IsObject()
  @JSONSchema({ additionalProperties: { type: 'string', enum: ['up', 'down'] } })
  services?: Record<string, 'up' | 'down'>;
}
