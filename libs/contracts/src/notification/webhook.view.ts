import { IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Min } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { NestedList } from '../validation/nested';

/** Whether a webhook endpoint still receives deliveries. */
export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  /** Turned off after failing for a day; its owner was told by e-mail. */
  DISABLED = 'DISABLED',
}

/** A registered webhook endpoint as its enterprise sees it (never with its secret). */
export class WebhookView {
  @IsUUID() id!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsUrl() url!: string;
  /** CloudEvent types delivered; empty means every event that concerns the enterprise. */
  @IsArray() @IsString({ each: true }) events!: string[];
  @IsEnum(WebhookStatus) status!: WebhookStatus;
  @IsISO8601() createdAt!: string;
  @IsOptional() @IsISO8601() disabledAt?: string;
}

/** The answer to a registration: the only time the signing secret (`whsec_…`) is shown. */
export class RegisteredWebhookView extends WebhookView {
  @IsString() secret!: string;
}

export enum WebhookDeliveryStatus {
  /** Waiting for its first or next attempt. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Given up: the retry schedule ran out or the endpoint was disabled or deleted. */
  FAILED = 'FAILED',
}

/** One HTTP attempt of a delivery. */
export class WebhookAttemptView {
  @IsISO8601() at!: string;
  /** HTTP status of the answer; absent when none came (refused connection, timeout). */
  @IsOptional() @IsInt() statusCode?: number;
  @IsOptional() @IsString() error?: string;
  @IsInt() @Min(0) durationMs!: number;
}

/** One event sent (or being sent) to one endpoint, with every attempt, newest delivery first. */
export class WebhookDeliveryView {
  @IsUUID() id!: string;
  @IsUUID() webhookId!: string;
  @IsString() eventId!: string;
  @IsString() eventType!: string;
  @IsEnum(WebhookDeliveryStatus) status!: WebhookDeliveryStatus;
  @IsISO8601() createdAt!: string;
  @IsOptional() @IsISO8601() nextAttemptAt?: string;
  @NestedList(() => WebhookAttemptView) attempts!: WebhookAttemptView[];
}
