import { PageInput, PARKED_EVENT_MESSAGES, ParkedEventView, type Page, RecordOperatorAction } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
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
import { ParkedEventPath, ParkedEventsPath } from './desk.paths';

/**
 * Events a service's consumer gave up on (platform operators alone): the service lists, replays or discards its own;
 * the gateway then has the action recorded in the audit trail as the operator's.
 */
@ApiTags('admin')
@Controller('admin/parked-events/:service')
@OperatorOnly()
export class ParkedEventsController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Answers(CollectionOf(ParkedEventView))
  @ApiOperation({ summary: 'The events a service (sender, notification) parked, oldest first, with why (platform operators).' })
  async list(
    @ValidPath(ParkedEventsPath) path: ParkedEventsPath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<ParkedEventView>> {
    const answer = (await this.bus.send(
      PARKED_EVENT_MESSAGES[path.service].list,
      envelope(principal, null, page),
    )) as Page<ParkedEventView>;
    return collectionOf(answer, request);
  }

  @Post(':sequence/replay')
  @HttpCode(200)
  @Answers(ParkedEventView)
  @ApiOperation({
    summary: 'Apply a parked event again through the consumer that gave up on it (once), then remove it (platform operators; audited).',
  })
  replay(
    @ValidPath(ParkedEventPath) path: ParkedEventPath,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<ParkedEventView> {
    return this.act('replay', path, principal, idempotencyKey);
  }

  @Delete(':sequence')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a parked event without applying it (platform operators; audited).' })
  async discard(@ValidPath(ParkedEventPath) path: ParkedEventPath, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.act('discard', path, principal);
  }

  private async act(
    action: 'replay' | 'discard',
    path: ParkedEventPath,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<ParkedEventView> {
    const parked = (await this.bus.send(
      PARKED_EVENT_MESSAGES[path.service][action],
      envelope(principal, null, { sequence: path.sequence }),
      { idempotencyKey },
    )) as ParkedEventView;
    const after = { durable: parked.durable, eventType: parked.eventType ?? null, eventId: parked.eventId ?? null, reason: parked.reason };
    await this.bus.send(
      RecordOperatorAction,
      envelope(principal, null, {
        kind: `operator.parked-event-${action === 'replay' ? 'replayed' : 'discarded'}`,
        resourceType: 'parked-event',
        resourceId: `${path.service}/${path.sequence}`,
        after,
      }),
    );
    return parked;
  }
}
