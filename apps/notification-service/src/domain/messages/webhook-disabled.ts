import { dayIn, defineTemplate } from '../letter';

export interface WebhookDisabledFacts {
  url: string;
  enterprise: string;
  failingSince: string;
  webhookId: string;
}

/** To the person who registered a webhook endpoint (else the access managers): it failed for a day and was disabled. */
export const webhookDisabled = defineTemplate<WebhookDisabledFacts>('webhook-disabled', {
  fr: (f) => ({
    subject: `webhook désactivé : ${f.url}`,
    paragraphs: [
      `Le webhook ${f.url} de ${f.enterprise} échoue depuis le ${dayIn('fr', f.failingSince)} : il a été désactivé et ne reçoit plus d'événements.`,
      `Corrigez le point d'accès puis enregistrez-le à nouveau. Référence : ${f.webhookId}.`,
    ],
  }),
  nl: (f) => ({
    subject: `webhook uitgeschakeld: ${f.url}`,
    paragraphs: [
      `De webhook ${f.url} van ${f.enterprise} faalt sinds ${dayIn('nl', f.failingSince)}: hij werd uitgeschakeld en ontvangt geen gebeurtenissen meer.`,
      `Herstel het eindpunt en registreer het opnieuw. Referentie: ${f.webhookId}.`,
    ],
  }),
  de: (f) => ({
    subject: `Webhook deaktiviert: ${f.url}`,
    paragraphs: [
      `Der Webhook ${f.url} von ${f.enterprise} schlägt seit dem ${dayIn('de', f.failingSince)} fehl: Er wurde deaktiviert und erhält keine Ereignisse mehr.`,
      `Beheben Sie den Endpunkt und registrieren Sie ihn erneut. Referenz: ${f.webhookId}.`,
    ],
  }),
  en: (f) => ({
    subject: `webhook disabled: ${f.url}`,
    paragraphs: [
      `The webhook ${f.url} of ${f.enterprise} has been failing since ${dayIn('en', f.failingSince)}: it was disabled and receives no more events.`,
      `Fix the endpoint and register it again. Reference: ${f.webhookId}.`,
    ],
  }),
});
