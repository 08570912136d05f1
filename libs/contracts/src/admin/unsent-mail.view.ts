import { IsEmail, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Min } from 'class-validator';

/** A mail the SMTP server has not taken yet after at least one attempt: the operator's desk may send it again now. */
export class UnsentMailView {
  @IsUUID() id!: string;
  /** Which message it is (`delegation-requested`, `contact-appointed`, …). */
  @IsString() message!: string;
  @IsEmail() recipientEmail!: string;
  @IsString() subject!: string;
  @IsInt() @Min(1) attempts!: number;
  @IsOptional() @IsString() lastError?: string;
  @IsISO8601() createdAt!: string;
  @IsISO8601() nextAttemptAt!: string;
}
