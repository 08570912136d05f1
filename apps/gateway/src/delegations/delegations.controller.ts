import {
  Capability,
  ChangeDelegationScopes,
  ChangeDelegationScopesBody,
  DelegationDetail,
  DelegationReasonBody,
  DelegationView,
  GetDelegation,
  ListDelegations,
  ListDelegationsInput,
  NamedDelegationView,
  type PartyTransition,
  RequestDelegation,
  RequestDelegationBody,
  TransitionDelegation,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Patch, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Created } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Conditional, IfMatch, Tagged } from '../http/entity-tag';
import { Requires } from '../authorization/requires.decorator';
import { EnterprisePath } from '../http/enterprise.path';
import { type Collection, CollectionOf, collectionOf, type Linked } from '../http/collection';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { DelegationPath } from './delegation.path';
import { TransitionRoutes, type TransitionHandler } from './transition-routes';
import { Answers } from '../openapi/answers.decorator';

/** Which party of a delegation may do what is the delegation-service's decision; `{cbe}` says who is asking. */
@ApiTags('delegations')
@Controller('enterprises/:cbe/delegations')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
@TransitionRoutes()
export class DelegationsController implements TransitionHandler {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @Created(DelegationView, (delegation) => delegation.id)
  @ApiOperation({ summary: 'Ask for a delegation of one REST account; {cbe} is the company or the intermediary, and the initiator.' })
  request(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidBody(RequestDelegationBody) body: RequestDelegationBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<DelegationView> {
    return this.bus.send(RequestDelegation, envelope(principal, path, body), { idempotencyKey });
  }

  @Get()
  @Answers(CollectionOf(NamedDelegationView, { href: true }))
  @ApiOperation({
    summary: 'The delegations {cbe} is a party of, newest first; filter by status, side (company|intermediary) and counterpart.',
  })
  async list(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(ListDelegationsInput) query: ListDelegationsInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<Linked<NamedDelegationView>>> {
    return collectionOf(await this.bus.send(ListDelegations, envelope(principal, path, query)), request, (delegation) => delegation.id);
  }

  @Get(':id')
  @Tagged(DelegationDetail)
  @ApiOperation({ summary: 'One delegation of {cbe}, with the history of its transitions.' })
  get(@ValidPath(DelegationPath) path: DelegationPath, @CurrentPrincipal() principal: Principal): Promise<DelegationDetail> {
    return this.bus.send(GetDelegation, envelope(principal, path));
  }

  @Patch(':id')
  @Tagged(DelegationView)
  @Conditional()
  @ApiOperation({ summary: 'Replace the scopes of an accepted delegation (the company only; If-Match: the ETag of GET delegation).' })
  changeScopes(
    @ValidPath(DelegationPath) path: DelegationPath,
    @ValidBody(ChangeDelegationScopesBody) body: ChangeDelegationScopesBody,
    @CurrentPrincipal() principal: Principal,
    @IfMatch() expectedVersion?: string,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<DelegationView> {
    return this.bus.send(ChangeDelegationScopes, { ...envelope(principal, path, body), expectedVersion }, { idempotencyKey });
  }

  /** Every route of `TRANSITION_ROUTES` ends here. */
  transition(
    action: PartyTransition,
    path: DelegationPath,
    body: DelegationReasonBody,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<DelegationView> {
    return this.bus.send(TransitionDelegation, envelope(principal, { ...path, action }, body), { idempotencyKey });
  }
}
