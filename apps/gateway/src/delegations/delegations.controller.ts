import {
  Capability,
  ChangeDelegationScopes,
  ChangeDelegationScopesBody,
  DelegationAction,
  type DelegationDetail,
  DelegationReasonBody,
  type DelegationView,
  GetDelegation,
  ListDelegations,
  ListDelegationsQuery,
  type PartyTransition,
  RequestDelegation,
  RequestDelegationBody,
  TransitionDelegation,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { actorOf, type Principal } from '../auth/principal';
import { Requires } from '../authorization/requires.decorator';
import { EnterprisePath } from '../http/enterprise.path';
import { collectionOf } from '../http/collection';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { DelegationPath } from './delegation.path';

/** Which party of a delegation may do what is the delegation-service's decision; `{cbe}` says who is asking. */
@ApiTags('delegations')
@Controller('enterprises/:cbe/delegations')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class DelegationsController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Ask for a delegation of one REST account; {cbe} is the company or the intermediary, and the initiator.' })
  request(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidBody(RequestDelegationBody) body: RequestDelegationBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<DelegationView> {
    return this.bus.send(RequestDelegation, { actor: actorOf(principal), enterpriseNumber: path.cbe, request: body }, { idempotencyKey });
  }

  @Get()
  @ApiOperation({ summary: 'The delegations {cbe} is a party of, newest first; filter by status, side (company|intermediary) and counterpart.' })
  async list(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(ListDelegationsQuery) query: ListDelegationsQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<{ items: DelegationView[]; next?: string }> {
    return collectionOf(await this.bus.send(ListDelegations, { actor: actorOf(principal), enterpriseNumber: path.cbe, query }), request);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One delegation of {cbe}, with the history of its transitions.' })
  get(@ValidPath(DelegationPath) path: DelegationPath, @CurrentPrincipal() principal: Principal): Promise<DelegationDetail> {
    return this.bus.send(GetDelegation, { actor: actorOf(principal), enterpriseNumber: path.cbe, delegationId: path.id });
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Replace the scopes of an accepted delegation (the company only).' })
  changeScopes(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(ChangeDelegationScopesBody) body: ChangeDelegationScopesBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<DelegationView> {
    return this.bus.send(
      ChangeDelegationScopes,
      { actor: actorOf(principal), enterpriseNumber: path.cbe, delegationId: path.id, change: body },
      { idempotencyKey },
    );
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a pending request (the party that did not initiate it).' })
  accept(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(DelegationReasonBody) body: DelegationReasonBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() key?: string,
  ): Promise<DelegationView> {
    return this.transition(DelegationAction.ACCEPT, path, body, principal, key);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse a pending request, optionally saying why (the party that did not initiate it).' })
  refuse(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(DelegationReasonBody) body: DelegationReasonBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() key?: string,
  ): Promise<DelegationView> {
    return this.transition(DelegationAction.REFUSE, path, body, principal, key);
  }

  @Post(':id/relaunch')
  @HttpCode(200)
  @ApiOperation({ summary: 'Relaunch a refused request (its initiator; an intermediary at most 20 times per company and quality).' })
  relaunch(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(DelegationReasonBody) body: DelegationReasonBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() key?: string,
  ): Promise<DelegationView> {
    return this.transition(DelegationAction.RELAUNCH, path, body, principal, key);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a pending request (its initiator).' })
  cancel(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(DelegationReasonBody) body: DelegationReasonBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() key?: string,
  ): Promise<DelegationView> {
    return this.transition(DelegationAction.CANCEL, path, body, principal, key);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an accepted delegation (the company only).' })
  revoke(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(DelegationReasonBody) body: DelegationReasonBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() key?: string,
  ): Promise<DelegationView> {
    return this.transition(DelegationAction.REVOKE, path, body, principal, key);
  }

  @Post(':id/renounce')
  @HttpCode(200)
  @ApiOperation({ summary: 'Renounce an accepted delegation (the intermediary only).' })
  renounce(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(DelegationReasonBody) body: DelegationReasonBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() key?: string,
  ): Promise<DelegationView> {
    return this.transition(DelegationAction.RENOUNCE, path, body, principal, key);
  }

  private transition(
    action: PartyTransition,
    path: DelegationPath,
    body: DelegationReasonBody,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<DelegationView> {
    return this.bus.send(
      TransitionDelegation,
      { actor: actorOf(principal), enterpriseNumber: path.cbe, delegationId: path.id, action, ...body },
      { idempotencyKey },
    );
  }
}
