import { IsUUID } from 'class-validator';

/** `/admin/webhooks/{webhookId}`. */
export class DeskWebhookPath {
  @IsUUID() webhookId!: string;
}

/** `/admin/unsent-mails/{mailId}`. */
export class DeskMailPath {
  @IsUUID() mailId!: string;
}
