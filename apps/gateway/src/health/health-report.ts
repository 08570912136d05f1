import { IsIn, IsObject, IsOptional } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

export type HealthStatus = 'UP' | 'DOWN';

/** Belgif's health answer: `UP` (200) or `DOWN` (503); what is down only for a privileged caller (an operator's token). */
export class HealthReport {
  @IsIn(['UP', 'DOWN'])
  status!: HealthStatus;

  /** Operators only: NATS and each service (with its database), by name. */
  @IsOptional()
  @IsObject()
  @JSONSchema({ additionalProperties: { type: 'object', properties: { status: { type: 'string', enum: ['UP', 'DOWN'] } } } })
  details?: Record<string, { status: HealthStatus }>;
}
