import { IsArray, IsEnum, IsISO8601, IsOptional, IsString } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import { Nested } from '../validation/nested';
import { SenderAction } from './sender-action';
import { TechnicalContactView } from './technical-contact.dto';

/** A sender as clients and downstream systems see it. */
export class SenderView {
  @IsString() senderNumber!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsEnum(Quality) quality!: Quality;
  @Nested(() => TechnicalContactView) contact!: TechnicalContactView;
  @IsISO8601() createdAt!: string;
  @IsISO8601() updatedAt!: string;
  /** Set once closed (added in v1): a closed one stays readable, its number or client id is never reused. */
  @IsOptional() @IsISO8601() closedAt?: string;
}

/** One sender as `GET …/senders/{senderNumber}` answers it: with what may be done on it now (added in v1). */
export class SenderDetail extends SenderView {
  @IsArray()
  @IsEnum(SenderAction, { each: true })
  allowedActions!: SenderAction[];
}
