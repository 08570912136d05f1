import { dayIn, defineTemplate } from '../letter';

export interface CertificateExpiryFacts {
  certificateName: string;
  fingerprint: string;
  notAfter: string;
  accountName: string;
  enterprise: string;
  /** Days left at the alert's threshold: 30 or 7 (0 goes out as `certificate-expired`). */
  daysLeft: number;
}

/** To the technical contact of the certificate's owner, 30 and 7 days before it expires. */
export const certificateExpiring = defineTemplate<CertificateExpiryFacts>('certificate-expiring', {
  fr: (f) => ({
    subject: `le certificat « ${f.certificateName} » expire le ${dayIn('fr', f.notAfter)}`,
    paragraphs: [
      `Le certificat « ${f.certificateName} » du compte REST « ${f.accountName} » de ${f.enterprise} expire dans ${f.daysLeft} jours au plus, le ${dayIn('fr', f.notAfter)}.`,
      `Enregistrez un nouveau certificat avant cette date. Empreinte SHA-256 : ${f.fingerprint}.`,
    ],
  }),
  nl: (f) => ({
    subject: `certificaat "${f.certificateName}" vervalt op ${dayIn('nl', f.notAfter)}`,
    paragraphs: [
      `Certificaat "${f.certificateName}" van REST-account "${f.accountName}" van ${f.enterprise} vervalt binnen hoogstens ${f.daysLeft} dagen, op ${dayIn('nl', f.notAfter)}.`,
      `Registreer vóór die datum een nieuw certificaat. SHA-256-vingerafdruk: ${f.fingerprint}.`,
    ],
  }),
  de: (f) => ({
    subject: `Zertifikat „${f.certificateName}“ läuft am ${dayIn('de', f.notAfter)} ab`,
    paragraphs: [
      `Das Zertifikat „${f.certificateName}“ des REST-Kontos „${f.accountName}“ von ${f.enterprise} läuft in höchstens ${f.daysLeft} Tagen ab, am ${dayIn('de', f.notAfter)}.`,
      `Registrieren Sie vor diesem Datum ein neues Zertifikat. SHA-256-Fingerabdruck: ${f.fingerprint}.`,
    ],
  }),
  en: (f) => ({
    subject: `certificate "${f.certificateName}" expires on ${dayIn('en', f.notAfter)}`,
    paragraphs: [
      `Certificate "${f.certificateName}" of REST account "${f.accountName}" of ${f.enterprise} expires within ${f.daysLeft} days, on ${dayIn('en', f.notAfter)}.`,
      `Register a new certificate before that day. SHA-256 fingerprint: ${f.fingerprint}.`,
    ],
  }),
});
