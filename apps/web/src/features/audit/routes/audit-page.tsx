import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { type AuditFilters, auditCsvHref, cursorOf, useAuditPage } from '../api/audit';
import { AuditFiltersForm } from '../components/audit-filters-form';
import { AuditTable } from '../components/audit-table';

const FILTERS = ['kind', 'from', 'to', 'person'] as const;

/** The journal (access managers): every change to the enterprise, newest first, filtered, and its CSV export. */
export function AuditPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const filters: AuditFilters = Object.fromEntries(FILTERS.flatMap((name) => (search.get(name) ? [[name, search.get(name)!]] : [])));
  const cursor = search.get('cursor') ?? undefined;
  const page = useAuditPage(cbe, filters, cursor);
  const apply = (next: AuditFilters) => setSearch(Object.fromEntries(Object.entries(next).filter(([, value]) => value)));
  const nextCursor = cursorOf(page.data?.next);
  return (
    <Page title={t('audit.title')}>
      <p className="lead">{t('audit.lead')}</p>
      <AuditFiltersForm key={search.toString()} filters={filters} onApply={apply} />
      <a className="button button--secondary" href={auditCsvHref(cbe, filters)} download>
        {t('audit.export')}
      </a>
      <QueryState query={page}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('audit.none')}</p>
          ) : (
            <>
              <AuditTable entries={items} />
              <nav aria-label={t('audit.pages')} className="pagination">
                {cursor && <Link to={`?${new URLSearchParams(filters as Record<string, string>).toString()}`}>{t('audit.newest')}</Link>}{' '}
                {nextCursor && (
                  <Link to={`?${new URLSearchParams({ ...(filters as Record<string, string>), cursor: nextCursor }).toString()}`}>
                    {t('audit.older')}
                  </Link>
                )}
              </nav>
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
