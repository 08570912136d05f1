import { ProblemException } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type WebhookRow, webhookOf } from '../persistence/webhook-store';

/** The enterprise's own endpoint; another enterprise's is as unknown as a missing one. */
export async function ownWebhook(em: EntityManager, enterpriseNumber: string, webhookId: string, lock = false): Promise<WebhookRow> {
  const row = await webhookOf(em, enterpriseNumber, webhookId, lock);
  if (!row) throw ProblemException.of('resourceNotFound', `Webhook ${webhookId} does not exist for enterprise ${enterpriseNumber}.`);
  return row;
}
