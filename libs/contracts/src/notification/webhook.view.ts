/** Whether a webhook endpoint still receives deliveries. */
export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  /** Turned off after failing for a day; its owner was told by e-mail. */
  DISABLED = 'DISABLED',
}

/** A registered webhook endpoint as its enterprise sees it (never with its secret). */
export interface WebhookView {
  id: string;
  enterpriseNumber: string;
  url: string;
  /** CloudEvent types delivered; empty means every event that concerns the enterprise. */
  events: string[];
  status: WebhookStatus;
  createdAt: string;
  disabledAt?: string;
}

/** The answer to a registration: the only time the signing secret (`whsec_…`) is shown. */
export interface RegisteredWebhookView extends WebhookView {
  secret: string;
}

export enum WebhookDeliveryStatus {
  /** Waiting for its first or next attempt. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Given up: the retry schedule ran out or the endpoint was disabled or deleted. */
  FAILED = 'FAILED',
}

/** One HTTP attempt of a delivery. */
export interface WebhookAttemptView {
  at: string;
  /** HTTP status of the answer; absent when none came (refused connection, timeout). */
  statusCode?: number;
  error?: string;
  durationMs: number;
}

/** One event sent (or being sent) to one endpoint, with every attempt, newest delivery first. */
export interface WebhookDeliveryView {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  createdAt: string;
  nextAttemptAt?: string;
  attempts: WebhookAttemptView[];
}
