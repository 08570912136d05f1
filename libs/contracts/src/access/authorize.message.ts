import { IsBoolean, IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import type { Problem } from '../problems/problem';
import { Capability } from './capability';

export class AuthorizeQuery {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;

  @IsBoolean()
  isOperator!: boolean;

  @IsEnterpriseNumber()
  enterpriseNumber!: string;

  @IsEnum(Capability)
  capability!: Capability;
}

/**
 * The decision with its reason: which position or grant allows it, or — when refused — the problem to show
 * (naming the managers to contact). An unknown enterprise is refused exactly like a foreign one.
 */
export type AuthorizeReply = { allowed: true; reason: string } | { allowed: false; problem: Problem };

export const Authorize = defineMessage<AuthorizeQuery, AuthorizeReply>('access.v1.authorization.decide', AuthorizeQuery);
