import { readMessage, type MessageDefinition } from '@chaman/contracts';
import { type ArgumentMetadata, applyDecorators, type PipeTransform, UsePipes } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

class ContractPipe<T extends object> implements PipeTransform<unknown, unknown> {
  constructor(private readonly message: MessageDefinition<T, unknown>) {}

  // Method pipes run on every parameter: only the payload is the contract's (not @Ctx or @IdempotencyKey).
  // Nest hands pipes the HTTP name of the parameter type: an RPC payload arrives as 'body', the rest as 'custom'.
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    return readMessage(this.message.request, value ?? {});
  }
}

/**
 * Handles one contract message: subscribes to its subject and re-validates the payload against the
 * contract's class, so nothing unvalidated reaches a use case whoever published it. Members the contract does not
 * know are dropped, not refused: a newer gateway may add optional ones within the same major version.
 */
export function OnMessage<T extends object>(message: MessageDefinition<T, unknown>): MethodDecorator {
  return applyDecorators(MessagePattern(message.subject), UsePipes(new ContractPipe(message)));
}
