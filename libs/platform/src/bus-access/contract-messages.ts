import * as contracts from '@chaman/contracts';
import { type MessageDefinition, pingMessage, SERVICE_NAMES, type ServiceName } from '@chaman/contracts';

type AnyMessage = MessageDefinition<object, unknown>;

function isMessage(value: unknown): value is AnyMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { subject?: unknown }).subject === 'string' &&
    typeof (value as { request?: unknown }).request === 'function'
  );
}

/** Every request/reply message of the contracts (any export with a `subject` and a `request` class), pings included. */
export function contractMessages(): AnyMessage[] {
  const exported = Object.values(contracts as Record<string, unknown>).filter(isMessage);
  return [...exported, ...SERVICE_NAMES.map((service) => pingMessage(service) as AnyMessage)].sort((a, b) =>
    a.subject.localeCompare(b.subject),
  );
}

/** The service that answers a message: the first segment of its subject (`sender.v1.channel.add` → sender). */
export function ownerOf(message: MessageDefinition<object, unknown>): ServiceName {
  const owner = message.subject.split('.')[0];
  if (!(SERVICE_NAMES as readonly string[]).includes(owner)) throw new Error(`No service owns the subject ${message.subject}`);
  return owner as ServiceName;
}

/** The queue group a service's replicas share on the bus. */
export function queueGroupOf(service: ServiceName): string {
  return `${service}-service`;
}
