import { dayIn, defineTemplate, type Language } from '../letter';

export type CertificateChange = 'registered' | 'removed' | 'deactivated';

export interface CertificateChangedFacts {
  change: CertificateChange;
  certificateName: string;
  fingerprint: string;
  notAfter: string;
  accountName: string;
  enterprise: string;
  owner: string;
}

const VERB: Record<Language, Record<CertificateChange, string>> = {
  fr: { registered: 'enregistré', removed: 'supprimé', deactivated: 'désactivé (la délégation de son propriétaire a pris fin)' },
  nl: { registered: 'geregistreerd', removed: 'verwijderd', deactivated: 'gedeactiveerd (de delegatie van zijn eigenaar is beëindigd)' },
  de: { registered: 'registriert', removed: 'entfernt', deactivated: 'deaktiviert (die Delegation seines Eigentümers ist beendet)' },
  en: { registered: 'registered', removed: 'removed', deactivated: 'deactivated (the delegation of its owner ended)' },
};

/** To the technical contacts of the account's sender (and of the certificate's owner): a certificate changed. */
export const certificateChanged = defineTemplate<CertificateChangedFacts>('certificate-changed', {
  fr: (f) => ({
    subject: `certificat « ${f.certificateName} » ${VERB.fr[f.change].split(' ')[0]} sur le compte REST « ${f.accountName} »`,
    paragraphs: [
      `Le certificat « ${f.certificateName} » du compte REST « ${f.accountName} » de ${f.enterprise} a été ${VERB.fr[f.change]}.`,
      `Propriétaire : ${f.owner}. Empreinte SHA-256 : ${f.fingerprint}. Valable jusqu'au ${dayIn('fr', f.notAfter)}.`,
    ],
  }),
  nl: (f) => ({
    subject: `certificaat "${f.certificateName}" ${VERB.nl[f.change].split(' ')[0]} op REST-account "${f.accountName}"`,
    paragraphs: [
      `Certificaat "${f.certificateName}" van REST-account "${f.accountName}" van ${f.enterprise} werd ${VERB.nl[f.change]}.`,
      `Eigenaar: ${f.owner}. SHA-256-vingerafdruk: ${f.fingerprint}. Geldig tot ${dayIn('nl', f.notAfter)}.`,
    ],
  }),
  de: (f) => ({
    subject: `Zertifikat „${f.certificateName}“ auf REST-Konto „${f.accountName}“ ${VERB.de[f.change].split(' ')[0]}`,
    paragraphs: [
      `Das Zertifikat „${f.certificateName}“ des REST-Kontos „${f.accountName}“ von ${f.enterprise} wurde ${VERB.de[f.change]}.`,
      `Eigentümer: ${f.owner}. SHA-256-Fingerabdruck: ${f.fingerprint}. Gültig bis ${dayIn('de', f.notAfter)}.`,
    ],
  }),
  en: (f) => ({
    subject: `certificate "${f.certificateName}" ${VERB.en[f.change].split(' ')[0]} on REST account "${f.accountName}"`,
    paragraphs: [
      `Certificate "${f.certificateName}" of REST account "${f.accountName}" of ${f.enterprise} was ${VERB.en[f.change]}.`,
      `Owner: ${f.owner}. SHA-256 fingerprint: ${f.fingerprint}. Valid until ${dayIn('en', f.notAfter)}.`,
    ],
  }),
});
