import { defineTemplate } from '../letter';

export interface RestAccountClosedFacts {
  senderNumber: string;
  enterprise: string;
  accountName: string;
  clientId: string;
  /** How many intermediaries lost their delegation on it. */
  delegations: number;
}

/** To the sender's technical contact: a REST account was closed; what stopped. */
export const restAccountClosed = defineTemplate<RestAccountClosedFacts>('rest-account-closed', {
  fr: (f) => ({
    subject: `compte REST « ${f.accountName} » fermé pour l'expéditeur ${f.senderNumber}`,
    paragraphs: [
      `Le compte REST « ${f.accountName} » de l'expéditeur ${f.senderNumber} de ${f.enterprise} a été fermé.`,
      `Le client id OAuth ${f.clientId} n'obtient plus de jeton, ses certificats sont inactifs et ${f.delegations} délégation(s) ont pris fin.`,
    ],
  }),
  nl: (f) => ({
    subject: `REST-account "${f.accountName}" gesloten voor afzender ${f.senderNumber}`,
    paragraphs: [
      `REST-account "${f.accountName}" van afzender ${f.senderNumber} van ${f.enterprise} werd gesloten.`,
      `OAuth client id ${f.clientId} krijgt geen token meer, zijn certificaten zijn inactief en ${f.delegations} delegatie(s) werden beëindigd.`,
    ],
  }),
  de: (f) => ({
    subject: `REST-Konto „${f.accountName}“ für Absender ${f.senderNumber} geschlossen`,
    paragraphs: [
      `Das REST-Konto „${f.accountName}“ des Absenders ${f.senderNumber} von ${f.enterprise} wurde geschlossen.`,
      `Die OAuth-Client-ID ${f.clientId} erhält kein Token mehr, ihre Zertifikate sind inaktiv und ${f.delegations} Delegation(en) wurden beendet.`,
    ],
  }),
  en: (f) => ({
    subject: `REST account "${f.accountName}" closed for sender ${f.senderNumber}`,
    paragraphs: [
      `REST account "${f.accountName}" of sender ${f.senderNumber} of ${f.enterprise} was closed.`,
      `OAuth client id ${f.clientId} gets no more tokens, its certificates are inactive and ${f.delegations} delegation(s) ended.`,
    ],
  }),
});

export interface SenderClosedFacts {
  senderNumber: string;
  enterprise: string;
  accounts: number;
  channels: number;
}

/** To the sender's technical contact: the sender was closed with all it held. */
export const senderClosed = defineTemplate<SenderClosedFacts>('sender-closed', {
  fr: (f) => ({
    subject: `expéditeur ${f.senderNumber} fermé`,
    paragraphs: [
      `L'expéditeur ${f.senderNumber} de ${f.enterprise} a été fermé, avec ses ${f.channels} canal(aux) et ${f.accounts} compte(s) REST. Son numéro ne sera jamais réattribué.`,
    ],
  }),
  nl: (f) => ({
    subject: `afzender ${f.senderNumber} gesloten`,
    paragraphs: [
      `Afzender ${f.senderNumber} van ${f.enterprise} werd gesloten, met zijn ${f.channels} kana(a)l(en) en ${f.accounts} REST-account(s). Zijn nummer wordt nooit opnieuw toegekend.`,
    ],
  }),
  de: (f) => ({
    subject: `Absender ${f.senderNumber} geschlossen`,
    paragraphs: [
      `Der Absender ${f.senderNumber} von ${f.enterprise} wurde mit seinen ${f.channels} Kanal/Kanälen und ${f.accounts} REST-Konto/Konten geschlossen. Seine Nummer wird nie wieder vergeben.`,
    ],
  }),
  en: (f) => ({
    subject: `sender ${f.senderNumber} closed`,
    paragraphs: [
      `Sender ${f.senderNumber} of ${f.enterprise} was closed, with its ${f.channels} channel(s) and ${f.accounts} REST account(s). Its number will never be given again.`,
    ],
  }),
});

export interface ChannelChangedFacts {
  senderNumber: string;
  enterprise: string;
  channelType: string;
  /** Set when an SFTP key was replaced: the new key's fingerprint. */
  fingerprint?: string;
}

/** To the sender's technical contact: a channel was closed. */
export const channelClosed = defineTemplate<ChannelChangedFacts>('channel-closed', {
  fr: (f) => ({
    subject: `canal ${f.channelType} fermé pour l'expéditeur ${f.senderNumber}`,
    paragraphs: [`Le canal ${f.channelType} de l'expéditeur ${f.senderNumber} de ${f.enterprise} a été fermé.`],
  }),
  nl: (f) => ({
    subject: `kanaal ${f.channelType} gesloten voor afzender ${f.senderNumber}`,
    paragraphs: [`Kanaal ${f.channelType} van afzender ${f.senderNumber} van ${f.enterprise} werd gesloten.`],
  }),
  de: (f) => ({
    subject: `Kanal ${f.channelType} für Absender ${f.senderNumber} geschlossen`,
    paragraphs: [`Der Kanal ${f.channelType} des Absenders ${f.senderNumber} von ${f.enterprise} wurde geschlossen.`],
  }),
  en: (f) => ({
    subject: `${f.channelType} channel closed for sender ${f.senderNumber}`,
    paragraphs: [`The ${f.channelType} channel of sender ${f.senderNumber} of ${f.enterprise} was closed.`],
  }),
});

/** To the sender's technical contact: the SFTP key was replaced; the old one no longer opens the channel. */
export const sftpKeyReplaced = defineTemplate<ChannelChangedFacts>('sftp-key-replaced', {
  fr: (f) => ({
    subject: `clé SFTP remplacée pour l'expéditeur ${f.senderNumber}`,
    paragraphs: [
      `La clé SSH du canal SFTP de l'expéditeur ${f.senderNumber} de ${f.enterprise} a été remplacée ; l'ancienne ne fonctionne plus. Nouvelle empreinte : ${f.fingerprint}.`,
    ],
  }),
  nl: (f) => ({
    subject: `SFTP-sleutel vervangen voor afzender ${f.senderNumber}`,
    paragraphs: [
      `De SSH-sleutel van het SFTP-kanaal van afzender ${f.senderNumber} van ${f.enterprise} werd vervangen; de oude werkt niet meer. Nieuwe vingerafdruk: ${f.fingerprint}.`,
    ],
  }),
  de: (f) => ({
    subject: `SFTP-Schlüssel für Absender ${f.senderNumber} ersetzt`,
    paragraphs: [
      `Der SSH-Schlüssel des SFTP-Kanals des Absenders ${f.senderNumber} von ${f.enterprise} wurde ersetzt; der alte funktioniert nicht mehr. Neuer Fingerabdruck: ${f.fingerprint}.`,
    ],
  }),
  en: (f) => ({
    subject: `SFTP key replaced for sender ${f.senderNumber}`,
    paragraphs: [
      `The SSH key of the SFTP channel of sender ${f.senderNumber} of ${f.enterprise} was replaced; the old one no longer works. New fingerprint: ${f.fingerprint}.`,
    ],
  }),
});
