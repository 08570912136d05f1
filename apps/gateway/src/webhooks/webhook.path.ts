import { IsEnterpriseNumber } from '@chaman/contracts';
import { IsUUID } from 'class-validator';

/** `/enterprises/{cbe}/webhooks/{webhookId}` */
export class WebhookPath {
  @IsEnterpriseNumber()
  cbe!: string;

  @IsUUID()
  webhookId!: string;
}
