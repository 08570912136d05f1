import { IsUUID } from 'class-validator';
import { OutsideEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { FailingWebhookView } from './failing-webhook.view';
import type { UnsentMailView } from './unsent-mail.view';

/*
 * The operator's desk (platform operators, `chaman-admin`, outside any enterprise): the gateway lets operators alone
 * send these; each action is recorded in the audit trail as an operator's.
 */

export class ListFailingWebhooksQuery extends OutsideEnterprise(PageInput) {}
export const ListFailingWebhooks = defineMessage<ListFailingWebhooksQuery, Page<FailingWebhookView>>(
  'notification.v1.failing-webhooks.list',
  ListFailingWebhooksQuery,
);

export class WebhookIdInput {
  @IsUUID() webhookId!: string;
}
export class EnableWebhookCommand extends OutsideEnterprise(WebhookIdInput) {}
export const EnableWebhook = defineMessage<EnableWebhookCommand, FailingWebhookView>(
  'notification.v1.webhook.enable',
  EnableWebhookCommand,
);

export class ListUnsentMailsQuery extends OutsideEnterprise(PageInput) {}
export const ListUnsentMails = defineMessage<ListUnsentMailsQuery, Page<UnsentMailView>>(
  'notification.v1.unsent-mails.list',
  ListUnsentMailsQuery,
);

export class MailIdInput {
  @IsUUID() mailId!: string;
}
export class ResendMailCommand extends OutsideEnterprise(MailIdInput) {}
export const ResendMail = defineMessage<ResendMailCommand, UnsentMailView>('notification.v1.mail.resend', ResendMailCommand);
