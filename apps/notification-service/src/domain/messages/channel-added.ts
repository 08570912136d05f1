import { defineTemplate } from '../letter';

export interface ChannelAddedFacts {
  senderNumber: string;
  enterprise: string;
  channelType: string;
}

/** To the sender's technical contact: a channel was opened. */
export const channelAdded = defineTemplate<ChannelAddedFacts>('channel-added', {
  fr: (f) => ({
    subject: `canal ${f.channelType} ouvert pour l'expéditeur ${f.senderNumber}`,
    paragraphs: [`Un canal ${f.channelType} a été ouvert pour l'expéditeur ${f.senderNumber} de ${f.enterprise}.`],
  }),
  nl: (f) => ({
    subject: `kanaal ${f.channelType} geopend voor afzender ${f.senderNumber}`,
    paragraphs: [`Er werd een kanaal ${f.channelType} geopend voor afzender ${f.senderNumber} van ${f.enterprise}.`],
  }),
  de: (f) => ({
    subject: `Kanal ${f.channelType} für Absender ${f.senderNumber} eröffnet`,
    paragraphs: [`Für den Absender ${f.senderNumber} von ${f.enterprise} wurde ein Kanal ${f.channelType} eröffnet.`],
  }),
  en: (f) => ({
    subject: `${f.channelType} channel opened for sender ${f.senderNumber}`,
    paragraphs: [`A ${f.channelType} channel was opened for sender ${f.senderNumber} of ${f.enterprise}.`],
  }),
});
