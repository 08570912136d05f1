import { dayIn, defineTemplate } from '../letter';
import type { DelegationRequestedFacts } from './delegation-requested';

/** To the counterparty of a request still unanswered after the reminder delay. */
export const delegationReminder = defineTemplate<DelegationRequestedFacts>('delegation-reminder', {
  fr: (f) => ({
    subject: `rappel : demande de délégation de ${f.requester} en attente`,
    paragraphs: [
      `La demande de ${f.requester} de déléguer le compte REST « ${f.account} » de ${f.company} à ${f.intermediary} attend toujours votre réponse.`,
      `${f.expiresAt ? `Sans réponse, elle expire le ${dayIn('fr', f.expiresAt)}. ` : ''}Référence : ${f.delegationId}.`,
    ],
  }),
  nl: (f) => ({
    subject: `herinnering: delegatieaanvraag van ${f.requester} wacht`,
    paragraphs: [
      `De aanvraag van ${f.requester} om REST-account "${f.account}" van ${f.company} te delegeren aan ${f.intermediary} wacht nog steeds op uw antwoord.`,
      `${f.expiresAt ? `Zonder antwoord vervalt ze op ${dayIn('nl', f.expiresAt)}. ` : ''}Referentie: ${f.delegationId}.`,
    ],
  }),
  de: (f) => ({
    subject: `Erinnerung: Delegationsanfrage von ${f.requester} wartet`,
    paragraphs: [
      `Die Anfrage von ${f.requester}, das REST-Konto „${f.account}“ von ${f.company} an ${f.intermediary} zu delegieren, wartet noch auf Ihre Antwort.`,
      `${f.expiresAt ? `Ohne Antwort verfällt sie am ${dayIn('de', f.expiresAt)}. ` : ''}Referenz: ${f.delegationId}.`,
    ],
  }),
  en: (f) => ({
    subject: `reminder: delegation request from ${f.requester} is waiting`,
    paragraphs: [
      `The request of ${f.requester} to delegate REST account "${f.account}" of ${f.company} to ${f.intermediary} is still waiting for your answer.`,
      `${f.expiresAt ? `Unanswered, it expires on ${dayIn('en', f.expiresAt)}. ` : ''}Reference: ${f.delegationId}.`,
    ],
  }),
});
