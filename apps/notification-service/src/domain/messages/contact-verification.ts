import { dayIn, defineTemplate } from '../letter';

export interface ContactVerificationFacts {
  senderNumber: string;
  enterprise: string;
  /** The web page that confirms the address (it posts the token; opening it changes nothing). */
  link: string;
  expiresAt: string;
}

/** To an address typed as a sender's technical contact: the one mail it gets before its owner confirms it. */
export const contactVerification = defineTemplate<ContactVerificationFacts>('contact-verification', {
  fr: (f) => ({
    subject: `confirmez votre adresse de contact technique de l'expéditeur ${f.senderNumber}`,
    paragraphs: [
      `Votre adresse a été indiquée comme contact technique de l'expéditeur ${f.senderNumber} de ${f.enterprise}.`,
      `Pour la confirmer, ouvrez ce lien et cliquez sur « Confirmer » (valable jusqu'au ${dayIn('fr', f.expiresAt)}) : ${f.link}`,
      "Tant qu'elle n'est pas confirmée, Chaman ne vous envoie rien d'autre. Si vous n'êtes pas concerné, ignorez ce message.",
    ],
  }),
  nl: (f) => ({
    subject: `bevestig uw adres als technische contactpersoon van afzender ${f.senderNumber}`,
    paragraphs: [
      `Uw adres werd opgegeven als technische contactpersoon van afzender ${f.senderNumber} van ${f.enterprise}.`,
      `Open deze link en klik op „Bevestigen” om het te bevestigen (geldig tot ${dayIn('nl', f.expiresAt)}): ${f.link}`,
      'Zolang het niet bevestigd is, stuurt Chaman u niets anders. Gaat het u niet aan, negeer dan dit bericht.',
    ],
  }),
  de: (f) => ({
    subject: `bestätigen Sie Ihre Adresse als technischer Ansprechpartner des Absenders ${f.senderNumber}`,
    paragraphs: [
      `Ihre Adresse wurde als technischer Ansprechpartner des Absenders ${f.senderNumber} von ${f.enterprise} angegeben.`,
      `Öffnen Sie diesen Link und klicken Sie auf „Bestätigen“ (gültig bis ${dayIn('de', f.expiresAt)}): ${f.link}`,
      'Solange sie nicht bestätigt ist, sendet Chaman Ihnen nichts anderes. Betrifft es Sie nicht, ignorieren Sie diese Nachricht.',
    ],
  }),
  en: (f) => ({
    subject: `confirm your address as technical contact of sender ${f.senderNumber}`,
    paragraphs: [
      `Your address was given as the technical contact of sender ${f.senderNumber} of ${f.enterprise}.`,
      `To confirm it, open this link and click "Confirm" (valid until ${dayIn('en', f.expiresAt)}): ${f.link}`,
      'Until it is confirmed, Chaman sends you nothing else. If this does not concern you, ignore this message.',
    ],
  }),
});
