import type { DelegationStatus } from '@chaman/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationFilters } from '../api/delegations';

// Every state of the contracts, in the lifecycle's order (the compiler says when one is missing).
const STATUSES = Object.keys({
  PENDING: true,
  ACCEPTED: true,
  REFUSED: true,
  CANCELLED: true,
  EXPIRED: true,
  REVOKED: true,
  RENOUNCED: true,
  ACCOUNT_CLOSED: true,
  ENDED: true,
} satisfies Record<`${DelegationStatus}`, true>);
const SIDES = ['company', 'intermediary'];

export type ListFilters = Omit<DelegationFilters, 'direction'>;

/** State, side and the other party's name or number: applied by the service to both lists, kept in the address. */
export function DelegationFiltersForm({ filters, onApply }: { filters: ListFilters; onApply: (filters: ListFilters) => void }) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    onApply({ status: text('status'), side: text('side'), search: text('search') });
  };
  return (
    <form role="search" aria-label={t('delegationFilters.label')} className="filters" onSubmit={submit}>
      <div className="field">
        <label htmlFor="filter-search">{t('delegationFilters.search')}</label>
        <p id="filter-search-hint" className="hint">
          {t('delegationFilters.searchHint')}
        </p>
        <input
          id="filter-search"
          name="search"
          type="search"
          aria-describedby="filter-search-hint"
          defaultValue={filters.search ?? ''}
          maxLength={100}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t('delegations.status')}</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('delegationFilters.anyStatus')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`delegations.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-side">{t('delegationFilters.side')}</label>
        <select id="filter-side" name="side" defaultValue={filters.side ?? ''}>
          <option value="">{t('delegationFilters.anySide')}</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t(`delegationFilters.sides.${side}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t('delegationFilters.apply')}
      </button>
    </form>
  );
}
