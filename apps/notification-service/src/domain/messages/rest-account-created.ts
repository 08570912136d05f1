import { defineTemplate } from '../letter';

export interface RestAccountCreatedFacts {
  senderNumber: string;
  enterprise: string;
  accountName: string;
  environment: string;
  clientId: string;
}

/** To the sender's technical contact: a REST account was created. */
export const restAccountCreated = defineTemplate<RestAccountCreatedFacts>('rest-account-created', {
  fr: (f) => ({
    subject: `compte REST « ${f.accountName} » créé pour l'expéditeur ${f.senderNumber}`,
    paragraphs: [
      `Le compte REST « ${f.accountName} » (${f.environment}) a été créé pour l'expéditeur ${f.senderNumber} de ${f.enterprise}.`,
      `Son client id OAuth est ${f.clientId}.`,
    ],
  }),
  nl: (f) => ({
    subject: `REST-account "${f.accountName}" aangemaakt voor afzender ${f.senderNumber}`,
    paragraphs: [
      `REST-account "${f.accountName}" (${f.environment}) werd aangemaakt voor afzender ${f.senderNumber} van ${f.enterprise}.`,
      `Zijn OAuth client id is ${f.clientId}.`,
    ],
  }),
  de: (f) => ({
    subject: `REST-Konto „${f.accountName}“ für Absender ${f.senderNumber} angelegt`,
    paragraphs: [
      `Das REST-Konto „${f.accountName}“ (${f.environment}) wurde für den Absender ${f.senderNumber} von ${f.enterprise} angelegt.`,
      `Seine OAuth-Client-ID ist ${f.clientId}.`,
    ],
  }),
  en: (f) => ({
    subject: `REST account "${f.accountName}" created for sender ${f.senderNumber}`,
    paragraphs: [
      `REST account "${f.accountName}" (${f.environment}) was created for sender ${f.senderNumber} of ${f.enterprise}.`,
      `Its OAuth client id is ${f.clientId}.`,
    ],
  }),
});
