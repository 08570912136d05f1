import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { DelegationStatus } from '../delegation/delegation.view';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Nested } from '../validation/nested';
import { CertificateView } from './certificate.view';
import { ChannelView } from './channel.view';
import { RestAccountView } from './rest-account.view';
import type {
  CertificateChangedData,
  ChannelAddedData,
  ContactReplacedData,
  IntermediaryAccessData,
  RestAccountCreatedData,
  SenderCreatedData,
} from './sender.events';
import { SenderView } from './sender.view';
import { TechnicalContactView } from './technical-contact.dto';

/*
 * The `data` of the sender-service's events as classes: the source of their published JSON Schemas
 * (libs/contracts/schemas/v1/events/sender.*.json) and what a consumer re-validates against. The resources they
 * carry are the views the API answers with, one class each.
 */

export class SenderCreatedPayload implements SenderCreatedData {
  @Nested(() => SenderView) sender!: SenderView;
  @IsString() actorUserId!: string;
}

export class ContactReplacedPayload implements ContactReplacedData {
  @Nested(() => SenderView) sender!: SenderView;
  @Nested(() => TechnicalContactView) previousContact!: TechnicalContactView;
  @IsString() actorUserId!: string;
}

export class ChannelAddedPayload implements ChannelAddedData {
  @Nested(() => ChannelView) channel!: ChannelView;
  @IsString() actorUserId!: string;
}

export class RestAccountCreatedPayload implements RestAccountCreatedData {
  @Nested(() => RestAccountView) restAccount!: RestAccountView;
  @IsString() actorUserId!: string;
}

export class CertificateChangedPayload implements CertificateChangedData {
  @Nested(() => CertificateView) certificate!: CertificateView;
  @IsOptional() @IsString() actorUserId?: string;
  @IsOptional() @IsEnterpriseNumber() actorEnterpriseNumber?: string;
  @IsOptional() @IsUUID() delegationId?: string;
  @IsOptional() @IsString() publicKey?: string;
  @IsOptional() @IsBoolean() restAccountClosed?: boolean;
}

export class IntermediaryAccessPayload implements IntermediaryAccessData {
  @IsUUID() restAccountId!: string;
  @IsEnterpriseNumber() intermediaryEnterpriseNumber!: string;
  @IsEnterpriseNumber() companyEnterpriseNumber!: string;
  @IsUUID() delegationId!: string;
  @IsEnum(DelegationStatus) delegationStatus!: DelegationStatus;
}
