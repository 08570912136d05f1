import { IsEnum, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';

export enum CertificateStatus {
  ACTIVE = 'ACTIVE',
  /** No longer usable: its owner, an intermediary, lost the delegation on the account. */
  INACTIVE = 'INACTIVE',
}

/** A certificate of a REST account, as its owner sees it and as events carry it. */
export class CertificateView {
  @IsUUID() id!: string;
  @IsUUID() restAccountId!: string;
  @IsString() name!: string;
  /** SHA-256 of the DER encoding, as colon-separated upper-case hex pairs. */
  @IsString() fingerprint!: string;
  @IsString() subject!: string;
  @IsString() issuer!: string;
  @IsString() serialNumber!: string;
  @IsISO8601() notBefore!: string;
  @IsISO8601() notAfter!: string;
  /** The enterprise that registered it: the company, or the intermediary managing the account for it. */
  @IsEnterpriseNumber() ownerEnterpriseNumber!: string;
  @IsEnum(CertificateStatus) status!: CertificateStatus;
  @IsISO8601() createdAt!: string;
  @IsOptional() @IsISO8601() deactivatedAt?: string;
}
