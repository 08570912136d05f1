import { defineTemplate } from '../letter';

export interface ChiefHandedOverFacts {
  enterprise: string;
  newChief: string;
  previousChief: string;
  /** True when a platform operator made the hand-over (the chief had left). */
  byOperator: boolean;
}

/** To the new and the previous chief access manager: the role changed hands. */
export const chiefHandedOver = defineTemplate<ChiefHandedOverFacts>('chief-handed-over', {
  fr: (f) => ({
    subject: `nouveau gestionnaire d'accès principal pour ${f.enterprise}`,
    paragraphs: [
      `${f.newChief} est désormais le gestionnaire d'accès principal de ${f.enterprise} dans Chaman ; ${f.previousChief} reste gestionnaire d'accès.`,
      ...(f.byOperator ? ['Le changement a été fait par le support de la plateforme.'] : []),
    ],
  }),
  nl: (f) => ({
    subject: `nieuwe hoofdtoegangsbeheerder voor ${f.enterprise}`,
    paragraphs: [
      `${f.newChief} is voortaan de hoofdtoegangsbeheerder van ${f.enterprise} in Chaman; ${f.previousChief} blijft toegangsbeheerder.`,
      ...(f.byOperator ? ['De wijziging werd door de support van het platform uitgevoerd.'] : []),
    ],
  }),
  de: (f) => ({
    subject: `neuer Hauptzugriffsverwalter für ${f.enterprise}`,
    paragraphs: [
      `${f.newChief} ist ab jetzt Hauptzugriffsverwalter von ${f.enterprise} in Chaman; ${f.previousChief} bleibt Zugriffsverwalter.`,
      ...(f.byOperator ? ['Die Änderung wurde vom Support der Plattform vorgenommen.'] : []),
    ],
  }),
  en: (f) => ({
    subject: `new chief access manager for ${f.enterprise}`,
    paragraphs: [
      `${f.newChief} is now the chief access manager of ${f.enterprise} in Chaman; ${f.previousChief} stays an access manager.`,
      ...(f.byOperator ? ["The platform's support desk made the change."] : []),
    ],
  }),
});
