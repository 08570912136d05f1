import { defineTemplate, type Language } from '../letter';
import type { DelegationFacts } from './delegation-facts';

/** The statuses a counterparty is told about (and a change of scopes). */
export type DelegationOutcome =
  | 'ACCEPTED'
  | 'REFUSED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'REVOKED'
  | 'RENOUNCED'
  | 'SCOPES_CHANGED'
  | 'ACCOUNT_CLOSED'
  | 'ENDED'
  | 'END_DATE_CHANGED';

export interface DelegationOutcomeFacts extends DelegationFacts {
  outcome: DelegationOutcome;
  /** Who did it; absent for the expiry. */
  by?: string;
}

const SAID: Record<Language, Record<DelegationOutcome, string>> = {
  fr: {
    ACCEPTED: 'acceptée',
    REFUSED: 'refusée',
    CANCELLED: 'annulée',
    EXPIRED: 'expirée sans réponse',
    REVOKED: 'révoquée',
    RENOUNCED: 'abandonnée par l’intermédiaire',
    SCOPES_CHANGED: 'modifiée (nouveau périmètre)',
    ACCOUNT_CLOSED: 'terminée : l’entreprise a fermé le compte',
    ENDED: 'terminée à sa date de fin',
    END_DATE_CHANGED: 'modifiée (nouvelle date de fin)',
  },
  nl: {
    ACCEPTED: 'aanvaard',
    REFUSED: 'geweigerd',
    CANCELLED: 'geannuleerd',
    EXPIRED: 'zonder antwoord vervallen',
    REVOKED: 'herroepen',
    RENOUNCED: 'opgezegd door de dienstverlener',
    SCOPES_CHANGED: 'gewijzigd (nieuwe scopes)',
    ACCOUNT_CLOSED: 'beëindigd: de onderneming heeft het account gesloten',
    ENDED: 'beëindigd op de einddatum',
    END_DATE_CHANGED: 'gewijzigd (nieuwe einddatum)',
  },
  de: {
    ACCEPTED: 'angenommen',
    REFUSED: 'abgelehnt',
    CANCELLED: 'storniert',
    EXPIRED: 'ohne Antwort verfallen',
    REVOKED: 'widerrufen',
    RENOUNCED: 'vom Dienstleister aufgegeben',
    SCOPES_CHANGED: 'geändert (neuer Umfang)',
    ACCOUNT_CLOSED: 'beendet: das Unternehmen hat das Konto geschlossen',
    ENDED: 'an ihrem Enddatum beendet',
    END_DATE_CHANGED: 'geändert (neues Enddatum)',
  },
  en: {
    ACCEPTED: 'accepted',
    REFUSED: 'refused',
    CANCELLED: 'cancelled',
    EXPIRED: 'expired unanswered',
    REVOKED: 'revoked',
    RENOUNCED: 'renounced by the intermediary',
    SCOPES_CHANGED: 'changed (new scopes)',
    ACCOUNT_CLOSED: 'ended: the company closed the account',
    ENDED: 'ended on its end date',
    END_DATE_CHANGED: 'changed (new end date)',
  },
};

const BY: Record<Language, string> = { fr: 'par', nl: 'door', de: 'von', en: 'by' };
const SCOPES: Record<Language, string> = { fr: 'Périmètre', nl: 'Scopes', de: 'Umfang', en: 'Scopes' };

function paragraphs(language: Language, f: DelegationOutcomeFacts, sentence: string): string[] {
  return [
    `${sentence}${f.by ? ` (${BY[language]} ${f.by})` : ''}.`,
    `${SCOPES[language]}: ${f.scopes.join(', ') || '—'}. Ref. ${f.delegationId}.`,
  ];
}

/** To the counterparty: what became of a delegation (accepted, refused, cancelled, expired, revoked, renounced, scopes changed). */
export const delegationOutcome = defineTemplate<DelegationOutcomeFacts>('delegation-outcome', {
  fr: (f) => ({
    subject: `délégation du compte « ${f.account} » ${SAID.fr[f.outcome]}`,
    paragraphs: paragraphs(
      'fr',
      f,
      `La délégation du compte REST « ${f.account} » de ${f.company} (qualité ${f.companyQuality}) à ${f.intermediary} a été ${SAID.fr[f.outcome]}`,
    ),
  }),
  nl: (f) => ({
    subject: `delegatie van account "${f.account}" ${SAID.nl[f.outcome]}`,
    paragraphs: paragraphs(
      'nl',
      f,
      `De delegatie van REST-account "${f.account}" van ${f.company} (hoedanigheid ${f.companyQuality}) aan ${f.intermediary} werd ${SAID.nl[f.outcome]}`,
    ),
  }),
  de: (f) => ({
    subject: `Delegation des Kontos „${f.account}“ ${SAID.de[f.outcome]}`,
    paragraphs: paragraphs(
      'de',
      f,
      `Die Delegation des REST-Kontos „${f.account}“ von ${f.company} (Eigenschaft ${f.companyQuality}) an ${f.intermediary} wurde ${SAID.de[f.outcome]}`,
    ),
  }),
  en: (f) => ({
    subject: `delegation of account "${f.account}" ${SAID.en[f.outcome]}`,
    paragraphs: paragraphs(
      'en',
      f,
      `The delegation of REST account "${f.account}" of ${f.company} (quality ${f.companyQuality}) to ${f.intermediary} was ${SAID.en[f.outcome]}`,
    ),
  }),
});
