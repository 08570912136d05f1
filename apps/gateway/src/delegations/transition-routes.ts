import { DelegationAction, DelegationReasonBody, DelegationView, type PartyTransition } from '@chaman/contracts';
import { HttpCode, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath } from '../http/valid-input.decorators';
import { DelegationPath } from './delegation.path';
import { Answers } from '../openapi/answers.decorator';

/** `POST …/delegations/{id}/<segment>`: the transitions a party asks for, one row each, one route each. */
export const TRANSITION_ROUTES: ReadonlyArray<{ segment: string; action: PartyTransition; summary: string }> = [
  { segment: 'accept', action: DelegationAction.ACCEPT, summary: 'Accept a pending request (the party that did not initiate it).' },
  {
    segment: 'refuse',
    action: DelegationAction.REFUSE,
    summary: 'Refuse a pending request, optionally saying why (the party that did not initiate it).',
  },
  {
    segment: 'relaunch',
    action: DelegationAction.RELAUNCH,
    summary: 'Relaunch a refused request (its initiator; an intermediary within the relaunch limit per company and quality).',
  },
  { segment: 'cancel', action: DelegationAction.CANCEL, summary: 'Cancel a pending request (its initiator).' },
  { segment: 'revoke', action: DelegationAction.REVOKE, summary: 'Revoke an accepted delegation (the company only).' },
  { segment: 'renounce', action: DelegationAction.RENOUNCE, summary: 'Renounce an accepted delegation (the intermediary only).' },
];

/** What every transition route hands over: the one handler of the controller does the rest. */
export interface TransitionHandler {
  transition(
    action: PartyTransition,
    path: DelegationPath,
    body: DelegationReasonBody,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<DelegationView>;
}

/**
 * Gives the controller one `POST` route per row of `TRANSITION_ROUTES`, each a named operation of the OpenAPI
 * document with the same inputs, all handled by the controller's `transition` method.
 */
export function TransitionRoutes(): ClassDecorator {
  return (controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const { segment, action, summary } of TRANSITION_ROUTES) {
      function route(
        this: TransitionHandler,
        path: DelegationPath,
        body: DelegationReasonBody,
        principal: Principal,
        idempotencyKey?: string,
      ) {
        return this.transition(action, path, body, principal, idempotencyKey);
      }
      Object.defineProperty(prototype, segment, { value: route, writable: true, configurable: true });
      Reflect.defineMetadata('design:paramtypes', [DelegationPath, DelegationReasonBody, Object, String], prototype, segment);
      ValidPath(DelegationPath)(prototype, segment, 0);
      ValidBody(DelegationReasonBody)(prototype, segment, 1);
      CurrentPrincipal()(prototype, segment, 2);
      IdempotencyKeyHeader()(prototype, segment, 3);
      const descriptor = Object.getOwnPropertyDescriptor(prototype, segment)!;
      const operation = ApiOperation({ summary, operationId: `DelegationsController_${segment}` });
      for (const decorate of [Post(`:id/${segment}`), HttpCode(200), Answers(DelegationView), operation])
        decorate(prototype, segment, descriptor);
    }
  };
}
