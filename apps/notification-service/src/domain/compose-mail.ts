import type { Language, MessageTemplate } from './letter';

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const GREETING: Record<Language, (name: string | null) => string> = {
  fr: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  nl: (name) => (name ? `Beste ${name},` : 'Beste,'),
  de: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
  en: (name) => (name ? `Dear ${name},` : 'Hello,'),
};

const SIGNATURE: Record<Language, string> = {
  fr: 'Chaman — Gestion des canaux techniques\nCe message est automatique ; ne pas y répondre.',
  nl: 'Chaman — Beheer van de technische kanalen\nDit bericht is automatisch; gelieve niet te antwoorden.',
  de: 'Chaman — Verwaltung der technischen Kanäle\nDiese Nachricht ist automatisch; bitte nicht antworten.',
  en: 'Chaman — Technical channel management\nThis message is automatic; please do not reply.',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Renders a message in the recipient's language as plain text and as HTML saying the same. */
export function composeMail<Facts>(
  template: MessageTemplate<Facts>,
  language: Language,
  facts: Facts,
  recipientName: string | null,
): ComposedMail {
  const letter = template.letters[language](facts);
  const blocks = [GREETING[language](recipientName), ...letter.paragraphs, SIGNATURE[language]];
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">',
    ...blocks.map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject: `Chaman: ${letter.subject}`, text: `${blocks.join('\n\n')}\n`, html };
}
