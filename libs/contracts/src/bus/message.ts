import type { ClassConstructor } from 'class-transformer';

/**
 * One request/reply message of the bus: its subject (relative to the deployment's subject prefix), the class
 * that validates its request on both sides, and — as a type only — the shape of its reply.
 */
export interface MessageDefinition<Request extends object, Reply> {
  readonly subject: string;
  readonly request: ClassConstructor<Request>;
  /** Phantom field: carries the reply type for `send`; never set at run time. */
  readonly reply?: Reply;
}

export function defineMessage<Request extends object, Reply>(
  subject: string,
  request: ClassConstructor<Request>,
): MessageDefinition<Request, Reply> {
  return { subject, request };
}

export type RequestOf<M> = M extends MessageDefinition<infer Request, unknown> ? Request : never;
export type ReplyOf<M> = M extends MessageDefinition<object, infer Reply> ? Reply : never;
