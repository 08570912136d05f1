import { ContactLanguage } from '@chaman/contracts';

export type Language = `${ContactLanguage}`;
export const LANGUAGES = Object.values(ContactLanguage);

/** What a message says in one language: its subject and its paragraphs (plain text; HTML is derived). */
export interface Letter {
  subject: string;
  paragraphs: string[];
}

/** One message: its name, and one template per language taking the message's facts. */
export interface MessageTemplate<Facts> {
  readonly name: string;
  readonly letters: Record<Language, (facts: Facts) => Letter>;
}

export function defineTemplate<Facts>(name: string, letters: Record<Language, (facts: Facts) => Letter>): MessageTemplate<Facts> {
  return { name, letters };
}

const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

/** A day as the recipient reads it, in Belgian time. */
export function dayIn(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(new Date(iso));
}

/** An enterprise as `Name (0123456749)` when its name is known. */
export function enterpriseLabel(enterpriseNumber: string, name?: string | null): string {
  return name ? `${name} (${enterpriseNumber})` : enterpriseNumber;
}
