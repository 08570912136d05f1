import { z } from 'zod';
import { ONE_EMAIL } from '../../../lib/person-schema';

// The same rules as the service's TechnicalContact, so most mistakes are told before sending; messages are i18n keys.
const PHONE = /^\+?[0-9][0-9 ./()-]{5,28}$/;

export const contactSchema = z.object({
  firstName: z.string().trim().min(1, 'validation.firstNameRequired').max(100, 'validation.tooLong'),
  lastName: z.string().trim().min(1, 'validation.lastNameRequired').max(100, 'validation.tooLong'),
  email: z.string().trim().min(1, 'validation.emailRequired').regex(ONE_EMAIL, 'validation.oneEmail').max(254, 'validation.tooLong'),
  phone: z
    .string()
    .trim()
    .refine((value) => value === '' || PHONE.test(value), 'validation.phone'),
  language: z.enum(['fr', 'nl', 'de', 'en'], { message: 'validation.languageRequired' }),
});

export type ContactFormValues = z.input<typeof contactSchema>;

/** The body member as the API takes it: an empty phone is left out. */
export const toContact = (values: z.output<typeof contactSchema>) => ({ ...values, phone: values.phone || undefined });

