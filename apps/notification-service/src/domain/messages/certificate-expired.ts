import { dayIn, defineTemplate } from '../letter';
import type { CertificateExpiryFacts } from './certificate-expiring';

/** To the technical contact of the certificate's owner, when it has expired. */
export const certificateExpired = defineTemplate<CertificateExpiryFacts>('certificate-expired', {
  fr: (f) => ({
    subject: `le certificat « ${f.certificateName} » a expiré`,
    paragraphs: [
      `Le certificat « ${f.certificateName} » du compte REST « ${f.accountName} » de ${f.enterprise} a expiré le ${dayIn('fr', f.notAfter)} : il ne permet plus de s'authentifier.`,
      `Enregistrez un nouveau certificat. Empreinte SHA-256 : ${f.fingerprint}.`,
    ],
  }),
  nl: (f) => ({
    subject: `certificaat "${f.certificateName}" is vervallen`,
    paragraphs: [
      `Certificaat "${f.certificateName}" van REST-account "${f.accountName}" van ${f.enterprise} is vervallen op ${dayIn('nl', f.notAfter)}: het kan niet meer worden gebruikt om zich te authenticeren.`,
      `Registreer een nieuw certificaat. SHA-256-vingerafdruk: ${f.fingerprint}.`,
    ],
  }),
  de: (f) => ({
    subject: `Zertifikat „${f.certificateName}“ ist abgelaufen`,
    paragraphs: [
      `Das Zertifikat „${f.certificateName}“ des REST-Kontos „${f.accountName}“ von ${f.enterprise} ist am ${dayIn('de', f.notAfter)} abgelaufen: Es kann nicht mehr zur Authentifizierung dienen.`,
      `Registrieren Sie ein neues Zertifikat. SHA-256-Fingerabdruck: ${f.fingerprint}.`,
    ],
  }),
  en: (f) => ({
    subject: `certificate "${f.certificateName}" has expired`,
    paragraphs: [
      `Certificate "${f.certificateName}" of REST account "${f.accountName}" of ${f.enterprise} expired on ${dayIn('en', f.notAfter)}: it can no longer be used to authenticate.`,
      `Register a new certificate. SHA-256 fingerprint: ${f.fingerprint}.`,
    ],
  }),
});
