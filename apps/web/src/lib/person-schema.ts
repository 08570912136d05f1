import { z } from 'zod';

/** One address, not a list: the services refuse `a@x.be; b@y.be` too. */
export const ONE_EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** A person by login id, with their details: the same rules as the contracts' IdentifiedPerson; messages are i18n keys. */
export const identifiedPerson = {
  userId: z.string().trim().min(1, 'validation.userIdRequired').max(255, 'validation.tooLong'),
  name: z.string().trim().min(1, 'validation.fullNameRequired').max(200, 'validation.tooLong'),
  email: z.string().trim().min(1, 'validation.emailRequired').regex(ONE_EMAIL, 'validation.oneEmail').max(254, 'validation.tooLong'),
};
