import { z } from 'zod';
import { ONE_EMAIL_PATTERN, PHONE_PATTERN } from '@chaman/contracts/patterns';

// The service's TechnicalContact rules, from the contracts, so most mistakes are told before sending; messages are i18n keys.

export const contactSchema = z.object({
  firstName: z.string().trim().min(1, 'validation.firstNameRequired').max(100, 'validation.tooLong'),
  lastName: z.string().trim().min(1, 'validation.lastNameRequired').max(100, 'validation.tooLong'),
  email: z
    .string()
    .trim()
    .min(1, 'validation.emailRequired')
    .regex(ONE_EMAIL_PATTERN, 'validation.oneEmail')
    .max(254, 'validation.tooLong'),
  phone: z
    .string()
    .trim()
    .refine((value) => value === '' || PHONE_PATTERN.test(value), 'validation.phone'),
  language: z.enum(['fr', 'nl', 'de', 'en'], { message: 'validation.languageRequired' }),
});

export type ContactFormValues = z.input<typeof contactSchema>;

/** The body member as the API takes it: an empty phone is left out. */
export const toContact = (values: z.output<typeof contactSchema>) => ({ ...values, phone: values.phone || undefined });
