import { WebhookTarget } from '@chaman/contracts';
import { EnterprisePathOf } from '../http/enterprise.path';

/** `/enterprises/{cbe}/webhooks/{webhookId}` */
export class WebhookPath extends EnterprisePathOf(WebhookTarget) {}
