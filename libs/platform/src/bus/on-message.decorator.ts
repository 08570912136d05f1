import { validateRequest, type MessageDefinition } from '@chaman/contracts';
import { applyDecorators, type PipeTransform, UsePipes } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

class ContractPipe<T extends object> implements PipeTransform<unknown, T> {
  constructor(private readonly message: MessageDefinition<T, unknown>) {}

  transform(value: unknown): T {
    return validateRequest(this.message.request, value ?? {}, 'body');
  }
}

/**
 * Handles one contract message: subscribes to its subject and re-validates the payload against the
 * contract's class, so nothing unvalidated reaches a use case whoever published it.
 */
export function OnMessage<T extends object>(message: MessageDefinition<T, unknown>): MethodDecorator {
  return applyDecorators(MessagePattern(message.subject), UsePipes(new ContractPipe(message)));
}
