import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_AREAS, type AuditFilters } from '../api/audit';

/** The journal's filters: a GET form, one label per field; applying them starts from the newest entry again. */
export function AuditFiltersForm({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const set = (name: keyof AuditFilters) => (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="audit-filters">
      <h2 id="audit-filters">{t('audit.filters')}</h2>
      <div className="field">
        <label htmlFor="audit-kind">{t('audit.kind')}</label>
        <select id="audit-kind" value={draft.kind ?? ''} onChange={set('kind')}>
          <option value="">{t('audit.allKinds')}</option>
          {AUDIT_AREAS.map((area) => (
            <option key={area} value={area}>
              {t(`audit.areas.${area}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t('audit.from')}</label>
        <input id="audit-from" type="date" value={draft.from ?? ''} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t('audit.to')}</label>
        <input id="audit-to" type="date" value={draft.to ?? ''} onChange={set('to')} />
      </div>
      <div className="field">
        <label htmlFor="audit-person">{t('audit.person')}</label>
        <p id="audit-person-hint" className="hint">
          {t('audit.personHint')}
        </p>
        <input id="audit-person" type="text" aria-describedby="audit-person-hint" value={draft.person ?? ''} onChange={set('person')} />
      </div>
      <button type="submit" className="button">
        {t('audit.apply')}
      </button>
    </form>
  );
}
