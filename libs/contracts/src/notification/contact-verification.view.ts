import { IsEnum, IsISO8601, IsOptional, IsString } from 'class-validator';

/** Whether the person behind a technical contact's address has confirmed it by the link mailed to it. */
export enum ContactVerificationStatus {
  /** Mailed a link, not confirmed yet: mail to the contact waits (held, not lost) until it is. */
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
}

/** The verification of a sender's current technical contact address (`GET …/senders/{senderNumber}/contact-verification`). */
export class ContactVerificationView {
  @IsString() senderNumber!: string;
  @IsString() email!: string;
  @IsEnum(ContactVerificationStatus) status!: ContactVerificationStatus;
  /** When the last link was mailed (absent for an address verified before links existed). */
  @IsOptional() @IsISO8601() sentAt?: string;
  /** Until when the last link works, while pending. */
  @IsOptional() @IsISO8601() expiresAt?: string;
  @IsOptional() @IsISO8601() verifiedAt?: string;
}
