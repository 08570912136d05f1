import { ONE_EMAIL_PATTERN } from '@chaman/contracts/patterns';
import { z } from 'zod';

/** A person by login id, with their details: the same rules as the contracts' IdentifiedPerson; messages are i18n keys. */
export const identifiedPerson = {
  userId: z.string().trim().min(1, 'validation.userIdRequired').max(255, 'validation.tooLong'),
  name: z.string().trim().min(1, 'validation.fullNameRequired').max(200, 'validation.tooLong'),
  email: z
    .string()
    .trim()
    .min(1, 'validation.emailRequired')
    .regex(ONE_EMAIL_PATTERN, 'validation.oneEmail')
    .max(254, 'validation.tooLong'),
};
