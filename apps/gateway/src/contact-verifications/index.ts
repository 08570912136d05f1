import { ContactVerificationsController } from './contact-verifications.controller';

/** The public route that confirms a technical contact's address (the sender's own routes are in senders/). */
export const CONTACT_VERIFICATION_CONTROLLERS = [ContactVerificationsController];

/** Public and guessable by brute force were the token weaker: the tight per-address budget of `/auth/*` applies. */
export const CONTACT_VERIFICATION_PATH_PREFIX = '/api/v1/contact-verifications/';
