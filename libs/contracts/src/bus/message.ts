import type { ClassConstructor } from 'class-transformer';

/**
 * One request/reply message of the bus: its subject (relative to the deployment's subject prefix), the class
 * that validates its request on both sides, and — as a type only — the shape of its reply.
 */
export interface MessageDefinition<Request extends object, Reply> {
  /** `<service>.v<major>.<resource>.<action>`: the first segment is the service that answers it. */
  readonly subject: string;
  readonly request: ClassConstructor<Request>;
  /** Phantom field: carries the reply type for `send`; never set at run time. */
  readonly reply?: Reply;
}

/** The shape every request/reply subject follows; a breaking change to a message bumps its `v<major>`. */
export const MESSAGE_SUBJECT_PATTERN = /^(access|sender|delegation|notification|token)\.v[1-9][0-9]*\.[a-z][a-z-]*\.[a-z][a-z-]*$/;

export function defineMessage<Request extends object, Reply>(
  subject: string,
  request: ClassConstructor<Request>,
): MessageDefinition<Request, Reply> {
  if (!MESSAGE_SUBJECT_PATTERN.test(subject)) throw new Error(`Subject ${subject} is not <service>.v<major>.<resource>.<action>`);
  return { subject, request };
}

export type RequestOf<M> = M extends MessageDefinition<infer Request, unknown> ? Request : never;
export type ReplyOf<M> = M extends MessageDefinition<object, infer Reply> ? Reply : never;
