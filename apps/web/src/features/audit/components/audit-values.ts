import type { AuditValues } from '@chaman/contracts';
import type { TFunction } from 'i18next';

/** Where a field's codes are said in words: the catalogues the other screens use, or the journal's own. */
const VALUE_CATALOGUES: Record<string, string[]> = {
  quality: ['qualities'],
  qualities: ['qualities'],
  position: ['positions'],
  language: ['languageNames'],
  type: ['channelTypes'],
  environment: ['environments'],
  status: ['audit.statuses', 'delegations.statuses'],
  intermediaryAccess: ['audit.values'],
  closedWith: ['audit.values'],
};
/** Values that are instants or days: written as the reader's language writes dates. */
const DATES = new Set(['endsOn', 'failingSince']);
/** A permission is recorded under its technical name (`held` / `not held`): its label is the right's. */
const PERMISSION_LABELS: Record<string, string> = { 'chaman.technical-channels': 'rights.technicalChannels' };

function valueText(t: TFunction, language: string, field: string, value: string): string {
  if (DATES.has(field)) {
    const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
    if (!Number.isNaN(date.getTime())) return value.length === 10 ? date.toLocaleDateString(language) : date.toLocaleString(language);
  }
  const catalogues = PERMISSION_LABELS[field] ? ['audit.values'] : (VALUE_CATALOGUES[field] ?? []);
  for (const catalogue of catalogues) {
    const key = `${catalogue}.${value}`;
    if (t(key, { defaultValue: '' }) !== '') return t(key);
  }
  return value;
}

/**
 * The values of a journal entry in the reader's language: each field's label and its codes in words (a quality, a
 * state, a position…), dates as dates; a field or a code the catalogues do not know is shown as recorded.
 */
export function auditValuesText(values: AuditValues | undefined, t: TFunction, language: string): string {
  return Object.entries(values ?? {})
    .map(([field, value]) => {
      const label = t(PERMISSION_LABELS[field] ?? `audit.fields.${field}`, { defaultValue: field });
      const shown =
        value === null
          ? t('audit.noValue')
          : (Array.isArray(value) ? value : [value]).map((one) => valueText(t, language, field, one)).join(', ') || t('audit.noValue');
      return t('audit.valuePair', { label, value: shown });
    })
    .join('; ');
}
