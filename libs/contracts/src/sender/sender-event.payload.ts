import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsISO8601, IsObject, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { DelegationStatus } from '../delegation/delegation.view';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import { CertificateStatus, type CertificateView } from './certificate.view';
import { ChannelType, type ChannelView } from './channel.view';
import { RestEnvironment, type RestAccountView } from './rest-account.view';
import type { CertificateChangedData, ChannelAddedData, ContactReplacedData, IntermediaryAccessData, RestAccountCreatedData, SenderCreatedData } from './sender.events';
import type { SenderView } from './sender.view';
import { ContactLanguage, type TechnicalContactView } from './technical-contact.dto';

/*
 * The `data` of the sender-service's events as classes: the source of their published JSON Schemas
 * (libs/contracts/schemas/v1/events/sender.*.json) and what a consumer re-validates against.
 */

function Nested(type: () => new () => object): PropertyDecorator {
  return (target, property) => {
    IsObject()(target, property);
    ValidateNested()(target, property);
    Type(type)(target, property);
  };
}

export class TechnicalContactSnapshot implements TechnicalContactView {
  @IsString() firstName!: string;
  @IsString() lastName!: string;
  @IsString() email!: string;
  @IsOptional() @IsString() phone?: string;
  @IsEnum(ContactLanguage) language!: ContactLanguage;
}

export class SenderSnapshot implements SenderView {
  @IsString() senderNumber!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsEnum(Quality) quality!: Quality;
  @Nested(() => TechnicalContactSnapshot) contact!: TechnicalContactSnapshot;
  @IsISO8601() createdAt!: string;
  @IsISO8601() updatedAt!: string;
}

export class ChannelSnapshot implements ChannelView {
  @IsUUID() id!: string;
  @IsString() senderNumber!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsEnum(ChannelType) type!: ChannelType;
  @IsOptional() @IsString() sshPublicKey?: string;
  @IsOptional() @IsString() sshKeyFingerprint?: string;
  @IsISO8601() createdAt!: string;
}

export class RestAccountSnapshot implements RestAccountView {
  @IsUUID() id!: string;
  @IsString() senderNumber!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsEnum(Quality) quality!: Quality;
  @IsString() name!: string;
  @IsEnum(RestEnvironment) environment!: RestEnvironment;
  @IsArray() @IsString({ each: true }) scopes!: string[];
  @IsString() clientId!: string;
  @IsISO8601() createdAt!: string;
}

export class CertificateSnapshot implements CertificateView {
  @IsUUID() id!: string;
  @IsUUID() restAccountId!: string;
  @IsString() name!: string;
  @IsString() fingerprint!: string;
  @IsString() subject!: string;
  @IsString() issuer!: string;
  @IsString() serialNumber!: string;
  @IsISO8601() notBefore!: string;
  @IsISO8601() notAfter!: string;
  @IsEnterpriseNumber() ownerEnterpriseNumber!: string;
  @IsEnum(CertificateStatus) status!: CertificateStatus;
  @IsISO8601() createdAt!: string;
  @IsOptional() @IsISO8601() deactivatedAt?: string;
}

export class SenderCreatedPayload implements SenderCreatedData {
  @Nested(() => SenderSnapshot) sender!: SenderSnapshot;
  @IsString() actorUserId!: string;
}

export class ContactReplacedPayload implements ContactReplacedData {
  @Nested(() => SenderSnapshot) sender!: SenderSnapshot;
  @Nested(() => TechnicalContactSnapshot) previousContact!: TechnicalContactSnapshot;
  @IsString() actorUserId!: string;
}

export class ChannelAddedPayload implements ChannelAddedData {
  @Nested(() => ChannelSnapshot) channel!: ChannelSnapshot;
  @IsString() actorUserId!: string;
}

export class RestAccountCreatedPayload implements RestAccountCreatedData {
  @Nested(() => RestAccountSnapshot) restAccount!: RestAccountSnapshot;
  @IsString() actorUserId!: string;
}

export class CertificateChangedPayload implements CertificateChangedData {
  @Nested(() => CertificateSnapshot) certificate!: CertificateSnapshot;
  @IsOptional() @IsString() actorUserId?: string;
  @IsOptional() @IsEnterpriseNumber() actorEnterpriseNumber?: string;
  @IsOptional() @IsUUID() delegationId?: string;
}

export class IntermediaryAccessPayload implements IntermediaryAccessData {
  @IsUUID() restAccountId!: string;
  @IsEnterpriseNumber() intermediaryEnterpriseNumber!: string;
  @IsEnterpriseNumber() companyEnterpriseNumber!: string;
  @IsUUID() delegationId!: string;
  @IsEnum(DelegationStatus) delegationStatus!: DelegationStatus;
}
