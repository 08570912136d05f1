import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { type DelegationFilters, useDelegations } from '../api/delegations';
import { DelegationFiltersForm, type ListFilters } from '../components/delegation-filters';
import { DelegationsTable } from '../components/delegations-table';

/** The filters in the address (`?status=&side=&search=`), so a reload or a shared link shows the same lists. */
export const filtersFrom = (search: URLSearchParams): ListFilters => ({
  status: search.get('status') ?? undefined,
  side: search.get('side') ?? undefined,
  search: search.get('search') ?? undefined,
});

/** Delegations received (to answer) and sent (to follow), newest first, each read page by page with the same filters. */
export function DelegationsPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const apply = (next: ListFilters) =>
    setSearch(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1]))), { replace: true });
  return (
    <Page title={t('delegations.title')}>
      <Flash />
      <p className="lead">{t('delegations.lead')}</p>
      <Link className="button" to={paths.requestDelegation(cbe)}>
        {t('delegations.request')}
      </Link>
      <DelegationFiltersForm key={search.toString()} filters={filters} onApply={apply} />
      <DelegationsList cbe={cbe} filters={{ ...filters, direction: 'received' }} title={t('delegations.received')} />
      <DelegationsList cbe={cbe} filters={{ ...filters, direction: 'sent' }} title={t('delegations.sent')} />
    </Page>
  );
}

function DelegationsList({ cbe, filters, title }: { cbe: string; filters: DelegationFilters; title: string }) {
  const delegations = useDelegations(cbe, filters);
  return (
    <section aria-labelledby={filters.direction} className="list-section">
      <h2 id={filters.direction}>{title}</h2>
      <QueryState query={delegations}>
        {({ items }) => <DelegationsTable cbe={cbe} filters={filters} title={title} items={items} />}
      </QueryState>
      <MoreButton query={delegations} />
    </section>
  );
}
