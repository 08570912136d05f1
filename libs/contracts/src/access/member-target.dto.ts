import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Actor, ActorField } from '../bus/actor.dto';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';

/** An actor acting on one member of one enterprise: the common part of every member command. */
export class MemberTarget {
  @ActorField()
  actor!: Actor;

  @IsEnterpriseNumber()
  enterpriseNumber!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;
}
