import {
  EnableWebhook,
  type EnableWebhookCommand,
  type FailingWebhookView,
  type ListFailingWebhooksQuery,
  type ListUnsentMailsQuery,
  type Page,
  ProblemException,
  RecordOperatorAction,
  type RecordOperatorActionCommand,
  ResendMail,
  type ResendMailCommand,
  type UnsentMailView,
} from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RecordAuditEntries } from '../audit/application/record-audit-entries';
import { CLOCK, type Clock } from '@chaman/platform';
import { type WebhookRow, webhookView } from '../persistence/webhook-store';
import { enableWebhook, failingWebhooks, resendMail, unsentMails, unsentMailView } from './desk-store';

const failingView = (row: WebhookRow): FailingWebhookView => ({
  ...webhookView(row),
  ...(row.failing_since ? { failingSince: new Date(row.failing_since).toISOString() } : {}),
});
const afterIdOf = (cursor?: string) => (cursor === undefined ? null : decodeCursor(cursor, ['uuid'] as const)[0]);

/** The notification side of the operator's desk: failing webhooks and unsent mails; each action in the audit trail. */
@Injectable()
export class DeskUseCases {
  constructor(
    private readonly orm: MikroORM,
    private readonly audit: RecordAuditEntries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async failingWebhooks(query: ListFailingWebhooksQuery): Promise<Page<FailingWebhookView>> {
    const limit = pageLimit(query.input);
    const rows = await failingWebhooks(this.orm.em.fork() as EntityManager, afterIdOf(query.input.cursor), limit + 1);
    return pageOf(rows, limit, (row) => [row.id], failingView);
  }

  enableWebhook(command: EnableWebhookCommand): Promise<FailingWebhookView> {
    return runCommand(this.orm, { subject: EnableWebhook.subject, request: command }, async (em) => {
      const changed = await enableWebhook(em, command.input.webhookId);
      if (!changed) throw ProblemException.of('resourceNotFound', `Webhook ${command.input.webhookId} does not exist.`);
      const { before, after } = changed;
      await this.audit.record(em, {
        sourceKey: `desk:${randomUUID()}`,
        at: this.clock.now(),
        facts: {
          enterpriseNumber: after.enterprise_number,
          kind: 'operator.webhook-enabled',
          resource: { type: 'webhook', id: after.id },
          actor: { userId: command.actor.userId, operator: true },
          before: { status: before.status, failingSince: before.failing_since ? new Date(before.failing_since).toISOString() : null },
          after: { status: after.status, url: after.url },
        },
      });
      return failingView(after);
    });
  }

  async unsentMails(query: ListUnsentMailsQuery): Promise<Page<UnsentMailView>> {
    const limit = pageLimit(query.input);
    const rows = await unsentMails(this.orm.em.fork() as EntityManager, afterIdOf(query.input.cursor), limit + 1);
    return pageOf(rows, limit, (row) => [row.id], unsentMailView);
  }

  resendMail(command: ResendMailCommand): Promise<UnsentMailView> {
    return runCommand(this.orm, { subject: ResendMail.subject, request: command }, async (em) => {
      const now = this.clock.now();
      const row = await resendMail(em, command.input.mailId, now);
      if (!row) throw ProblemException.of('resourceNotFound', `No unsent mail ${command.input.mailId}.`);
      // A mail belongs to no enterprise's trail: the entry is kept with the operators' actions (docs/audit.md).
      await this.audit.record(em, {
        sourceKey: `desk:${randomUUID()}`,
        at: now,
        facts: {
          enterpriseNumber: null,
          kind: 'operator.mail-resent',
          resource: { type: 'mail', id: row.id },
          actor: { userId: command.actor.userId, operator: true },
          after: { recipient: row.recipient_email, message: row.message },
        },
      });
      return unsentMailView(row);
    });
  }

  /** An operator's action another service performed (a parked event replayed or discarded), as the gateway reports it. */
  async recordOperatorAction(command: RecordOperatorActionCommand): Promise<{ recorded: true }> {
    const { kind, resourceType, resourceId, enterpriseNumber, after } = command.input;
    await runCommand(this.orm, { subject: RecordOperatorAction.subject, request: command }, (em) =>
      this.audit.record(em, {
        sourceKey: `desk:${randomUUID()}`,
        at: this.clock.now(),
        facts: {
          enterpriseNumber: enterpriseNumber ?? null,
          kind,
          resource: { type: resourceType, id: resourceId },
          actor: { userId: command.actor.userId, operator: true },
          ...(after ? { after } : {}),
        },
      }),
    );
    return { recorded: true };
  }
}
