import type { MessageDefinition } from '@chaman/contracts';
import { SetMetadata } from '@nestjs/common';

/** Where `@OnMessage` leaves the contract message of a handler, for the dispatcher to find. */
export const ON_MESSAGE = 'chaman:on-message';

/**
 * Handles one contract message: the service's `ContractDispatcher` subscribes to its subject and re-validates the
 * payload against the contract's class, so nothing unvalidated reaches a use case whoever published it. Members the
 * contract does not know are dropped, not refused: a newer gateway may add optional ones within the same major version.
 */
export function OnMessage<T extends object>(message: MessageDefinition<T, unknown>): MethodDecorator {
  return SetMetadata(ON_MESSAGE, message);
}
