import { dayIn, defineTemplate } from '../letter';
import type { DelegationFacts } from './delegation-facts';

export interface DelegationRequestedFacts extends DelegationFacts {
  /** The party that asks: the company or the intermediary. */
  requester: string;
}

/** To the counterparty of a new request: it has a request to answer. */
export const delegationRequested = defineTemplate<DelegationRequestedFacts>('delegation-requested', {
  fr: (f) => ({
    subject: `demande de délégation de ${f.requester} à traiter`,
    paragraphs: [
      `${f.requester} demande une délégation de la gestion du compte REST « ${f.account} » de ${f.company} (qualité ${f.companyQuality}) à l'intermédiaire technique ${f.intermediary}.`,
      `Périmètre demandé : ${f.scopes.join(', ') || '—'}.`,
      `Acceptez-la ou refusez-la dans Chaman${f.expiresAt ? ` avant le ${dayIn('fr', f.expiresAt)}, date à laquelle elle expire` : ''}. Référence : ${f.delegationId}.`,
    ],
  }),
  nl: (f) => ({
    subject: `delegatieaanvraag van ${f.requester} te behandelen`,
    paragraphs: [
      `${f.requester} vraagt een delegatie van het beheer van REST-account "${f.account}" van ${f.company} (hoedanigheid ${f.companyQuality}) aan de technische dienstverlener ${f.intermediary}.`,
      `Gevraagde scopes: ${f.scopes.join(', ') || '—'}.`,
      `Aanvaard of weiger ze in Chaman${f.expiresAt ? ` vóór ${dayIn('nl', f.expiresAt)}, wanneer ze vervalt` : ''}. Referentie: ${f.delegationId}.`,
    ],
  }),
  de: (f) => ({
    subject: `Delegationsanfrage von ${f.requester} zu beantworten`,
    paragraphs: [
      `${f.requester} beantragt die Delegation der Verwaltung des REST-Kontos „${f.account}“ von ${f.company} (Eigenschaft ${f.companyQuality}) an den technischen Dienstleister ${f.intermediary}.`,
      `Beantragter Umfang: ${f.scopes.join(', ') || '—'}.`,
      `Nehmen Sie sie in Chaman an oder lehnen Sie sie ab${f.expiresAt ? `, vor dem ${dayIn('de', f.expiresAt)}, an dem sie verfällt` : ''}. Referenz: ${f.delegationId}.`,
    ],
  }),
  en: (f) => ({
    subject: `delegation request from ${f.requester} to answer`,
    paragraphs: [
      `${f.requester} asks for the management of REST account "${f.account}" of ${f.company} (quality ${f.companyQuality}) to be delegated to the technical intermediary ${f.intermediary}.`,
      `Scopes asked for: ${f.scopes.join(', ') || '—'}.`,
      `Accept or refuse it in Chaman${f.expiresAt ? ` before ${dayIn('en', f.expiresAt)}, when it expires` : ''}. Reference: ${f.delegationId}.`,
    ],
  }),
});
