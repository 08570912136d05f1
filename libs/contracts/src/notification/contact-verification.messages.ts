import { Matches } from 'class-validator';
import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { SenderTarget } from '../sender/sender-targets';
import type { ContactVerificationView } from './contact-verification.view';

/** A verification token as mailed: 32 random bytes in base64url (43 characters). */
export const CONTACT_VERIFICATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** `/contact-verifications/{token}`: the token of the link, which the person clicking proves to have received. */
export class ContactVerificationToken {
  @Matches(CONTACT_VERIFICATION_TOKEN_PATTERN, { message: 'token must be the 43-character token of a verification link' })
  token!: string;
}

/**
 * `POST /contact-verifications/{token}` (public: whoever holds the link confirms the address it was mailed to). Acts for
 * no person, so it keeps the small shape of a lookup. Refused with `verificationTokenUnknown`, `…Expired` or `…Used`.
 */
export class ConfirmContactVerificationCommand extends ContactVerificationToken {}

export const ConfirmContactVerification = defineMessage<ConfirmContactVerificationCommand, ContactVerificationView>(
  'notification.v1.contact-verification.confirm',
  ConfirmContactVerificationCommand,
);

/** `GET …/senders/{senderNumber}/contact-verification`: whether the current contact address is confirmed. */
export class GetContactVerificationQuery extends InEnterprise(SenderTarget, NoInput) {}

export const GetContactVerification = defineMessage<GetContactVerificationQuery, ContactVerificationView>(
  'notification.v1.contact-verification.get',
  GetContactVerificationQuery,
);

/** `POST …/senders/{senderNumber}/contact-verification`: mails a new link (the previous one stops working); `contactAlreadyVerified` once confirmed. */
export class ResendContactVerificationCommand extends InEnterprise(SenderTarget, NoInput) {}

export const ResendContactVerification = defineMessage<ResendContactVerificationCommand, ContactVerificationView>(
  'notification.v1.contact-verification.resend',
  ResendContactVerificationCommand,
);
