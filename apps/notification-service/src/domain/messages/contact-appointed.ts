import { defineTemplate } from '../letter';

export interface ContactAppointedFacts {
  senderNumber: string;
  enterprise: string;
  quality: string;
}

/** To a sender's new technical contact (on the sender's creation or a replacement). */
export const contactAppointed = defineTemplate<ContactAppointedFacts>('contact-appointed', {
  fr: (f) => ({
    subject: `vous êtes le contact technique de l'expéditeur ${f.senderNumber}`,
    paragraphs: [
      `Vous êtes désormais le contact technique de l'expéditeur ${f.senderNumber} de ${f.enterprise} (qualité ${f.quality}).`,
      'Vous recevrez les communications importantes sur ses canaux techniques, ses comptes REST et leurs certificats.',
    ],
  }),
  nl: (f) => ({
    subject: `u bent de technische contactpersoon van afzender ${f.senderNumber}`,
    paragraphs: [
      `U bent voortaan de technische contactpersoon van afzender ${f.senderNumber} van ${f.enterprise} (hoedanigheid ${f.quality}).`,
      'U ontvangt de belangrijke berichten over zijn technische kanalen, REST-accounts en hun certificaten.',
    ],
  }),
  de: (f) => ({
    subject: `Sie sind technischer Ansprechpartner des Absenders ${f.senderNumber}`,
    paragraphs: [
      `Sie sind ab jetzt technischer Ansprechpartner des Absenders ${f.senderNumber} von ${f.enterprise} (Eigenschaft ${f.quality}).`,
      'Sie erhalten die wichtigen Mitteilungen zu seinen technischen Kanälen, REST-Konten und deren Zertifikaten.',
    ],
  }),
  en: (f) => ({
    subject: `you are the technical contact of sender ${f.senderNumber}`,
    paragraphs: [
      `You are now the technical contact of sender ${f.senderNumber} of ${f.enterprise} (quality ${f.quality}).`,
      'You will receive the important communications about its technical channels, REST accounts and their certificates.',
    ],
  }),
});
