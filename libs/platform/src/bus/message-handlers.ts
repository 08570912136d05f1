import { type MessageDefinition, readMessage } from '@chaman/contracts';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { NatsContext } from '@nestjs/microservices';
import { RpcParamtype } from '@nestjs/microservices/enums/rpc-paramtype.enum';
import type { MsgHdrs } from 'nats';
import { ON_MESSAGE } from './on-message.decorator';

/** One `@OnMessage` method, bound to its controller: validates the payload once, then calls the method. */
export interface MessageHandler {
  message: MessageDefinition<object, unknown>;
  handle(data: unknown, subject: string, headers: MsgHdrs | undefined): Promise<unknown>;
}

type Argument = (payload: object | undefined, subject: string, headers: MsgHdrs | undefined) => unknown;

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
  factory?: (data: unknown, context: ExecutionContextHost) => unknown;
}

/** Every `@OnMessage` method of the application's controllers, found once at start (no reflection per message). */
export function discoverMessageHandlers(modules: ModulesContainer): MessageHandler[] {
  const handlers: MessageHandler[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const method = (prototype as Record<string, unknown>)[name];
        if (typeof method !== 'function') continue;
        const message = Reflect.getMetadata(ON_MESSAGE, method) as MessageDefinition<object, unknown> | undefined;
        if (message) handlers.push(handlerOf(message, instance, name));
      }
    }
  }
  return handlers;
}

function handlerOf(message: MessageDefinition<object, unknown>, instance: Record<string, unknown>, name: string): MessageHandler {
  const method = (instance[name] as (...args: unknown[]) => unknown).bind(instance);
  // Nest's parameter decorators (@Payload, createParamDecorator) leave their metadata on the class, per method.
  const routeArguments = (Reflect.getMetadata(ROUTE_ARGS_METADATA, instance.constructor, name) ?? {}) as Record<string, RouteArgument>;
  const parameters: Argument[] = [];
  for (const [key, argument] of Object.entries(routeArguments)) {
    if (argument.pipes?.length) throw new Error(`${name}: parameter pipes are not supported on bus handlers (the contract validates).`);
    parameters[argument.index] = parameterOf(key, argument, name);
  }
  const args = (payload: object | undefined, subject: string, headers: MsgHdrs | undefined) =>
    Array.from(parameters, (parameter) => parameter?.(payload, subject, headers));
  return {
    message,
    // Every message is validated, even one whose handler reads no payload (`GetJwks`): a non-object is refused.
    handle: async (data, subject, headers) => method(...args(readMessage(message.request, data ?? {}), subject, headers)),
  };
}

function parameterOf(key: string, argument: RouteArgument, name: string): Argument {
  if (key.startsWith(`${RpcParamtype.PAYLOAD}:`)) {
    if (argument.data !== undefined)
      throw new Error(`${name}: @Payload('${String(argument.data)}') is not supported; take the whole payload.`);
    return (payload) => payload;
  }
  if (key.startsWith(`${RpcParamtype.CONTEXT}:`)) return (_, subject, headers) => new NatsContext([subject, headers]);
  const factory = argument.factory;
  if (!factory) throw new Error(`${name}: parameter ${key} is not one a bus handler can take.`);
  // A custom parameter decorator (e.g. @IdempotencyKey) reads the same RPC context Nest would hand it.
  return (payload, subject, headers) => {
    const context = new ExecutionContextHost([payload, new NatsContext([subject, headers])]);
    context.setType('rpc');
    return factory(argument.data, context);
  };
}
