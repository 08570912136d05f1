import {
  EnableWebhook,
  FailingWebhookView,
  ListFailingWebhooks,
  ListUnsentMails,
  PageInput,
  ResendMail,
  UnsentMailView,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Post, Req, HttpCode } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { OperatorOnly } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf } from '../http/collection';
import { envelope } from '../http/envelope';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';
import { DeskMailPath, DeskWebhookPath } from './desk.paths';

/** The operator's desk (platform operators alone): what users cannot fix themselves. Every action is in the audit trail. */
@ApiTags('admin')
@Controller('admin')
@OperatorOnly()
export class DeskController {
  constructor(private readonly bus: BusClient) {}

  @Get('failing-webhooks')
  @Answers(CollectionOf(FailingWebhookView))
  @ApiOperation({ summary: 'Webhook endpoints failing now or disabled, every enterprise, oldest first (platform operators).' })
  async failingWebhooks(
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<FailingWebhookView>> {
    return collectionOf(await this.bus.send(ListFailingWebhooks, envelope(principal, null, page)), request);
  }

  @Post('failing-webhooks/:webhookId/enable')
  @HttpCode(200)
  @Answers(FailingWebhookView)
  @ApiOperation({
    summary: 'Turn a failing or disabled endpoint back on; its next events are delivered again (platform operators; audited).',
  })
  enableWebhook(
    @ValidPath(DeskWebhookPath) path: DeskWebhookPath,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<FailingWebhookView> {
    return this.bus.send(EnableWebhook, envelope(principal, null, { webhookId: path.webhookId }), { idempotencyKey });
  }

  @Get('unsent-mails')
  @Answers(CollectionOf(UnsentMailView))
  @ApiOperation({ summary: 'Mails the SMTP server refused and has not taken since, oldest first (platform operators).' })
  async unsentMails(
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<UnsentMailView>> {
    return collectionOf(await this.bus.send(ListUnsentMails, envelope(principal, null, page)), request);
  }

  @Post('unsent-mails/:mailId/resend')
  @HttpCode(200)
  @Answers(UnsentMailView)
  @ApiOperation({ summary: 'Send an unsent mail again now rather than at its next retry (platform operators; audited).' })
  resendMail(
    @ValidPath(DeskMailPath) path: DeskMailPath,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<UnsentMailView> {
    return this.bus.send(ResendMail, envelope(principal, null, { mailId: path.mailId }), { idempotencyKey });
  }
}
