import { dayIn, defineTemplate } from '../letter';
import type { DelegationFacts } from './delegation-facts';

export interface DelegationRelaunchedFacts extends DelegationFacts {
  requester: string;
  /** Relaunches the intermediary has left towards this company and quality; absent when the company relaunched. */
  relaunchesLeft?: number;
  relaunchLimit?: number;
}

/** To the counterparty of a relaunched request, with how many relaunches remain. */
export const delegationRelaunched = defineTemplate<DelegationRelaunchedFacts>('delegation-relaunched', {
  fr: (f) => ({
    subject: `demande de délégation relancée par ${f.requester}`,
    paragraphs: [
      `${f.requester} relance sa demande de délégation du compte REST « ${f.account} » de ${f.company} (qualité ${f.companyQuality}) à ${f.intermediary}.`,
      ...(f.relaunchesLeft !== undefined
        ? [`Il reste à l'intermédiaire ${f.relaunchesLeft} relance(s) sur ${f.relaunchLimit} pour cette entreprise et cette qualité.`]
        : []),
      `Acceptez-la ou refusez-la dans Chaman${f.expiresAt ? ` avant le ${dayIn('fr', f.expiresAt)}` : ''}. Référence : ${f.delegationId}.`,
    ],
  }),
  nl: (f) => ({
    subject: `delegatieaanvraag opnieuw ingediend door ${f.requester}`,
    paragraphs: [
      `${f.requester} dient zijn aanvraag tot delegatie van REST-account "${f.account}" van ${f.company} (hoedanigheid ${f.companyQuality}) aan ${f.intermediary} opnieuw in.`,
      ...(f.relaunchesLeft !== undefined
        ? [`De dienstverlener heeft nog ${f.relaunchesLeft} van de ${f.relaunchLimit} herhalingen voor deze onderneming en hoedanigheid.`]
        : []),
      `Aanvaard of weiger ze in Chaman${f.expiresAt ? ` vóór ${dayIn('nl', f.expiresAt)}` : ''}. Referentie: ${f.delegationId}.`,
    ],
  }),
  de: (f) => ({
    subject: `Delegationsanfrage von ${f.requester} erneut gestellt`,
    paragraphs: [
      `${f.requester} stellt die Anfrage zur Delegation des REST-Kontos „${f.account}“ von ${f.company} (Eigenschaft ${f.companyQuality}) an ${f.intermediary} erneut.`,
      ...(f.relaunchesLeft !== undefined
        ? [
            `Dem Dienstleister bleiben ${f.relaunchesLeft} von ${f.relaunchLimit} erneuten Anfragen für dieses Unternehmen und diese Eigenschaft.`,
          ]
        : []),
      `Nehmen Sie sie in Chaman an oder lehnen Sie sie ab${f.expiresAt ? `, vor dem ${dayIn('de', f.expiresAt)}` : ''}. Referenz: ${f.delegationId}.`,
    ],
  }),
  en: (f) => ({
    subject: `delegation request relaunched by ${f.requester}`,
    paragraphs: [
      `${f.requester} relaunches its request to delegate REST account "${f.account}" of ${f.company} (quality ${f.companyQuality}) to ${f.intermediary}.`,
      ...(f.relaunchesLeft !== undefined
        ? [`The intermediary has ${f.relaunchesLeft} of ${f.relaunchLimit} relaunches left towards this company and quality.`]
        : []),
      `Accept or refuse it in Chaman${f.expiresAt ? ` before ${dayIn('en', f.expiresAt)}` : ''}. Reference: ${f.delegationId}.`,
    ],
  }),
});
