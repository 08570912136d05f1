import type { TechnicalContact } from '@chaman/contracts';
import type { ContactDetails } from '../persistence/sender.entity';

/** The contact as stored: trimmed, and no phone rather than an empty one. */
export function contactDetailsOf(contact: TechnicalContact): ContactDetails {
  return {
    firstName: contact.firstName.trim(),
    lastName: contact.lastName.trim(),
    email: contact.email.trim(),
    phone: contact.phone?.trim() || null,
    language: contact.language,
  };
}
