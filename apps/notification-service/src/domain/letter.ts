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

/**
 * One date formatter per language, made once: each `Intl.DateTimeFormat` holds ICU objects in native memory that V8
 * does not count, so one made per mail piled up outside the heap until a late collection (docs/benchmark.md, RSS).
 */
const DAY_FORMATS = Object.fromEntries(
  LANGUAGES.map((language) => [language, new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Europe/Brussels' })]),
) as Record<Language, Intl.DateTimeFormat>;

/** A day as the recipient reads it, in Belgian time. */
export function dayIn(language: Language, iso: string): string {
  return DAY_FORMATS[language].format(new Date(iso));
}

/** An enterprise as `Name (0123456749)` when its name is known. */
export function enterpriseLabel(enterpriseNumber: string, name?: string | null): string {
  return name ? `${name} (${enterpriseNumber})` : enterpriseNumber;
}
