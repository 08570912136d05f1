import { IsArray, IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import { NestedList } from '../validation/nested';
import { Position } from './position';

/**
 * Whether the enterprise still has to create its sender in one quality (what the first connection proposes).
 * `senderToCreate` is `null` when the sender-service did not answer: unknown, not "no".
 */
export class SenderStatus {
  @IsEnum(Quality) quality!: Quality;
  // `nullable` is how the OpenAPI 3.0 document, the one reader of this schema, spells "or null".
  @IsBoolean() @JSONSchema({ nullable: true }) senderToCreate!: boolean | null;
  @IsOptional() @IsString() senderNumber?: string;
}

export class MyEnterprise {
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() name!: string;
  @IsArray() @IsEnum(Quality, { each: true }) qualities!: Quality[];
  @IsEnum(Position) position!: Position;
  @IsBoolean() holdsTechnicalChannelsRight!: boolean;
  @NestedList(() => SenderStatus) senders!: SenderStatus[];
  /** Its qualities that may delegate a REST account, from the deployment's setting (added in v1, optional). */
  @IsOptional() @IsArray() @IsEnum(Quality, { each: true }) delegableQualities?: Quality[];
  /** Whether it may receive delegations as a technical intermediary (added in v1, optional). */
  @IsOptional() @IsBoolean() actsAsIntermediary?: boolean;
}

/** `GET /me`: the person and every enterprise they hold a position in. */
export class MeView {
  @IsString() userId!: string;
  @IsOptional() @IsString() name?: string;
  @IsOptional() @IsString() email?: string;
  @IsBoolean() isOperator!: boolean;
  @NestedList(() => MyEnterprise) enterprises!: MyEnterprise[];
  /** False when the sender-service could not be asked: every `senderToCreate` is then `null`. */
  @IsBoolean() sendersKnown!: boolean;
  /** The qualities in which a company may delegate, as the deployment is set (added in v1, optional): what an intermediary may ask for. */
  @IsOptional() @IsArray() @IsEnum(Quality, { each: true }) delegableQualities?: Quality[];
}
