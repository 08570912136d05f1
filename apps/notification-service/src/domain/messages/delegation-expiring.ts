import { dayIn, defineTemplate } from '../letter';
import type { DelegationRequestedFacts } from './delegation-requested';

/** To the counterparty of a request about to expire unanswered. */
export const delegationExpiring = defineTemplate<DelegationRequestedFacts>('delegation-expiring', {
  fr: (f) => ({
    subject: `la demande de délégation de ${f.requester} expire bientôt`,
    paragraphs: [
      `La demande de ${f.requester} de déléguer le compte REST « ${f.account} » de ${f.company} à ${f.intermediary} expire le ${dayIn('fr', f.expiresAt!)} sans réponse de votre part.`,
      `Référence : ${f.delegationId}.`,
    ],
  }),
  nl: (f) => ({
    subject: `de delegatieaanvraag van ${f.requester} vervalt binnenkort`,
    paragraphs: [
      `De aanvraag van ${f.requester} om REST-account "${f.account}" van ${f.company} te delegeren aan ${f.intermediary} vervalt op ${dayIn('nl', f.expiresAt!)} als u niet antwoordt.`,
      `Referentie: ${f.delegationId}.`,
    ],
  }),
  de: (f) => ({
    subject: `die Delegationsanfrage von ${f.requester} verfällt bald`,
    paragraphs: [
      `Die Anfrage von ${f.requester}, das REST-Konto „${f.account}“ von ${f.company} an ${f.intermediary} zu delegieren, verfällt am ${dayIn('de', f.expiresAt!)}, wenn Sie nicht antworten.`,
      `Referenz: ${f.delegationId}.`,
    ],
  }),
  en: (f) => ({
    subject: `the delegation request from ${f.requester} expires soon`,
    paragraphs: [
      `The request of ${f.requester} to delegate REST account "${f.account}" of ${f.company} to ${f.intermediary} expires on ${dayIn('en', f.expiresAt!)} unless you answer.`,
      `Reference: ${f.delegationId}.`,
    ],
  }),
});
