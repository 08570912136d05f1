import { dayIn, defineTemplate } from '../letter';
import type { DelegationFacts } from './delegation-facts';

export interface DelegationEndingFacts extends DelegationFacts {
  endsOn: string;
}

/** To both parties, 14 days before the end date the company set: the delegation will end that day. */
export const delegationEnding = defineTemplate<DelegationEndingFacts>('delegation-ending', {
  fr: (f) => ({
    subject: `la délégation du compte « ${f.account} » prend fin le ${dayIn('fr', f.endsOn)}`,
    paragraphs: [
      `La délégation du compte REST « ${f.account} » de ${f.company} à ${f.intermediary} prend fin le ${dayIn('fr', f.endsOn)}, date fixée par l'entreprise. Elle peut la changer ou la retirer dans Chaman.`,
      `Référence : ${f.delegationId}.`,
    ],
  }),
  nl: (f) => ({
    subject: `de delegatie van account "${f.account}" eindigt op ${dayIn('nl', f.endsOn)}`,
    paragraphs: [
      `De delegatie van REST-account "${f.account}" van ${f.company} aan ${f.intermediary} eindigt op ${dayIn('nl', f.endsOn)}, de datum die de onderneming vastlegde. Zij kan die in Chaman wijzigen of schrappen.`,
      `Referentie: ${f.delegationId}.`,
    ],
  }),
  de: (f) => ({
    subject: `die Delegation des Kontos „${f.account}“ endet am ${dayIn('de', f.endsOn)}`,
    paragraphs: [
      `Die Delegation des REST-Kontos „${f.account}“ von ${f.company} an ${f.intermediary} endet am ${dayIn('de', f.endsOn)}, dem vom Unternehmen festgelegten Datum. Es kann dieses in Chaman ändern oder entfernen.`,
      `Referenz: ${f.delegationId}.`,
    ],
  }),
  en: (f) => ({
    subject: `the delegation of account "${f.account}" ends on ${dayIn('en', f.endsOn)}`,
    paragraphs: [
      `The delegation of REST account "${f.account}" of ${f.company} to ${f.intermediary} ends on ${dayIn('en', f.endsOn)}, the date the company set. The company may change or remove it in Chaman.`,
      `Reference: ${f.delegationId}.`,
    ],
  }),
});
