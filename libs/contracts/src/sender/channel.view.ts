import { IsEnum, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';

export enum ChannelType {
  FTP = 'FTP',
  SFTP = 'SFTP',
  SOAP = 'SOAP',
  REST = 'REST',
}

/** A technical channel of a sender, as answered and carried in events. */
export class ChannelView {
  @IsUUID() id!: string;
  @IsString() senderNumber!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsEnum(ChannelType) type!: ChannelType;
  /** SFTP only: the key as stored (`<algorithm> <base64> [comment]`) and its OpenSSH SHA-256 fingerprint. */
  @IsOptional() @IsString() sshPublicKey?: string;
  @IsOptional() @IsString() sshKeyFingerprint?: string;
  @IsISO8601() createdAt!: string;
}
