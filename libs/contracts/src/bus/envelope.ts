import { type ClassConstructor, Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Actor, ActorField } from './actor.dto';

/**
 * Every command and query the gateway sends on behalf of a person: who acts (`actor`), in which enterprise
 * (`enterpriseNumber`, the `{cbe}` of the path), on which target (`target`: the other ids of the path) and with
 * which input (`input`: the body of a command or the query of a listing). Services read the four members and
 * nothing else; issues they raise name a member (`input.pem`) and the gateway says where it was in HTTP.
 */
export class Envelope<Target extends object = object, Input extends object = object> {
  @ActorField()
  actor!: Actor;

  enterpriseNumber?: string;
  target!: Target;
  input!: Input;
}

/**
 * `expectedVersion` of an update: the `updatedAt` of the resource as the client last read it (HTTP `If-Match`); the
 * service refuses the update with `preconditionFailed` when the resource changed since. Absent: no precondition.
 */
export function ExpectedVersionField(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    IsString()(target, property);
    MaxLength(200)(target, property);
  };
}

/** The target of a message that acts on the enterprise itself (its senders, members or delegations as a whole). */
export class NoTarget {}

/** The input of a message that needs none beyond its target. */
export class NoInput {}

/** An envelope acting in one enterprise: `enterpriseNumber` is required. */
export interface EnterpriseEnvelope<Target extends object, Input extends object> extends Envelope<Target, Input> {
  enterpriseNumber: string;
}

function nested(target: object, property: string, type: ClassConstructor<object>): void {
  IsObject()(target, property);
  ValidateNested()(target, property);
  Type(() => type)(target, property);
}

/** The envelope class of a message acting in an enterprise: `class AddChannelCommand extends InEnterprise(SenderTarget, AddChannelBody) {}`. */
export function InEnterprise<Target extends object, Input extends object>(
  target: ClassConstructor<Target>,
  input: ClassConstructor<Input>,
): new () => EnterpriseEnvelope<Target, Input> {
  class EnterpriseEnveloped extends Envelope<Target, Input> {
    declare enterpriseNumber: string;
  }
  IsEnterpriseNumber()(EnterpriseEnveloped.prototype, 'enterpriseNumber');
  nested(EnterpriseEnveloped.prototype, 'target', target);
  nested(EnterpriseEnveloped.prototype, 'input', input);
  return EnterpriseEnveloped;
}

/** The envelope class of a message made by a person outside any enterprise (`GET /me`, `POST /enterprises`). */
export function OutsideEnterprise<Input extends object>(input: ClassConstructor<Input>): new () => Envelope<NoTarget, Input> {
  class PersonEnveloped extends Envelope<NoTarget, Input> {}
  nested(PersonEnveloped.prototype, 'target', NoTarget);
  nested(PersonEnveloped.prototype, 'input', input);
  return PersonEnveloped;
}
