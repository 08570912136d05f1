import { defineTemplate } from '../letter';

export interface ContactReplacedFacts {
  senderNumber: string;
  enterprise: string;
  newContactName: string;
}

/** To the technical contact who was replaced. */
export const contactReplaced = defineTemplate<ContactReplacedFacts>('contact-replaced', {
  fr: (f) => ({
    subject: `vous n'êtes plus le contact technique de l'expéditeur ${f.senderNumber}`,
    paragraphs: [
      `${f.newContactName} vous remplace comme contact technique de l'expéditeur ${f.senderNumber} de ${f.enterprise}.`,
      'Vous ne recevrez plus de communications à son sujet.',
    ],
  }),
  nl: (f) => ({
    subject: `u bent niet langer de technische contactpersoon van afzender ${f.senderNumber}`,
    paragraphs: [
      `${f.newContactName} vervangt u als technische contactpersoon van afzender ${f.senderNumber} van ${f.enterprise}.`,
      'U ontvangt er geen berichten meer over.',
    ],
  }),
  de: (f) => ({
    subject: `Sie sind nicht mehr technischer Ansprechpartner des Absenders ${f.senderNumber}`,
    paragraphs: [
      `${f.newContactName} ersetzt Sie als technischen Ansprechpartner des Absenders ${f.senderNumber} von ${f.enterprise}.`,
      'Sie erhalten dazu keine Mitteilungen mehr.',
    ],
  }),
  en: (f) => ({
    subject: `you are no longer the technical contact of sender ${f.senderNumber}`,
    paragraphs: [
      `${f.newContactName} replaces you as the technical contact of sender ${f.senderNumber} of ${f.enterprise}.`,
      'You will no longer receive communications about it.',
    ],
  }),
});
