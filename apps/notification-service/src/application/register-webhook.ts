import {
  ProblemException,
  type RegisteredWebhookView,
  RegisterWebhook,
  type RegisterWebhookCommand,
  SCHEMA_VIOLATION_ISSUE_TYPE,
} from '@chaman/contracts';
import { runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { webhookUrlFault } from '../domain/webhook-target';
import { RecordAuditEntries } from '../audit/application/record-audit-entries';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { insertWebhook, webhookView } from '../persistence/webhook-store';

/** How many webhooks one enterprise may keep (active or disabled): bounded, so no party can fill the database. */
export const MAX_WEBHOOKS_PER_ENTERPRISE = 20;

/** `POST /enterprises/{cbe}/webhooks`: a new endpoint and its signing secret, shown this once. */
@Injectable()
export class RegisterWebhookUseCase {
  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    private readonly audit: RecordAuditEntries,
  ) {}

  /** A replay with the same Idempotency-Key answers the first reply again, secret included (only to the same person). */
  async execute(command: RegisterWebhookCommand, idempotencyKey?: string): Promise<RegisteredWebhookView> {
    const { url, events = [] } = command.input;
    const fault = webhookUrlFault(url, this.settings.allowPrivateWebhookTargets);
    if (fault) {
      throw ProblemException.of('badRequest', `The webhook URL was refused: ${fault}.`, {
        issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, name: 'input.url', value: url, detail: fault }],
      });
    }
    // Standard Webhooks secrets: `whsec_` and base64 of 24 random bytes.
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    return runCommand(this.orm, { subject: RegisterWebhook.subject, request: command, idempotencyKey }, async (tx) => {
      // One registration per enterprise at a time (transaction lock), so concurrent ones cannot overshoot the limit.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`webhooks ${command.enterpriseNumber}`]);
      const [{ count }] = await tx.execute<{ count: number }[]>('select count(*)::int as count from webhook where enterprise_number = ?', [
        command.enterpriseNumber,
      ]);
      if (count >= MAX_WEBHOOKS_PER_ENTERPRISE) {
        throw ProblemException.of(
          'enterpriseLimitReached',
          `At most ${MAX_WEBHOOKS_PER_ENTERPRISE} webhooks per enterprise; delete one you no longer use first.`,
          { limit: MAX_WEBHOOKS_PER_ENTERPRISE },
        );
      }
      const row = await insertWebhook(tx, {
        enterpriseNumber: command.enterpriseNumber,
        url,
        events,
        secret,
        ownerUserId: command.actor.userId,
        now: this.settings.clock.now(),
      });
      await this.audit.ofWebhook(tx, 'notification.webhook-registered', command, row.id, { after: { url, events } });
      return { ...webhookView(row), secret };
    });
  }
}
