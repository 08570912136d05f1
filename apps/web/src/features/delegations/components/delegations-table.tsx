import type { NamedDelegationView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { type Column, DataTable } from '../../../components/data-table';
import { ExportButton } from '../../../components/export-button';
import { enterpriseLabel } from '../../../lib/enterprise-number';
import { otherPartyNumber, sideOf } from '../api/delegation-side';
import { type DelegationFilters, everyDelegation } from '../api/delegations';
import { delegationsCsv } from '../api/delegations-csv';
import { nameOf } from '../api/party-names';
import { DelegationStatus } from './delegation-status';
import { EndsOn } from './ends-on';

/** One list of delegations (received or sent), the pages read so far, with their CSV export; the section and heading are the page's. */
export function DelegationsTable({
  cbe,
  title,
  filters,
  items,
}: {
  cbe: string;
  title: string;
  filters: DelegationFilters;
  items: NamedDelegationView[];
}) {
  const { t, i18n } = useTranslation();
  const other = (item: NamedDelegationView) => {
    const number = otherPartyNumber(item, cbe);
    return enterpriseLabel(number, nameOf(item, number));
  };
  const columns: Column<NamedDelegationView>[] = [
    {
      header: t('delegations.counterpart'),
      cell: (item) => (
        <>
          {other(item)}
          <br />
          <span className="muted small">{t(sideOf(item, cbe) === 'COMPANY' ? 'delegations.intermediary' : 'delegations.company')}</span>
        </>
      ),
    },
    { header: t('delegations.companyQuality'), cell: (item) => t(`qualities.${item.companyQuality}`) },
    { header: t('delegations.status'), cell: (item) => <DelegationStatus status={item.status} /> },
    {
      header: t('lifecycle.endsOn'),
      cell: (item) => (item.endsOn ? <EndsOn date={item.endsOn} /> : <span className="muted">{t('lifecycle.noEndDate')}</span>),
    },
    { header: t('delegations.updatedAt'), cell: (item) => new Date(item.updatedAt).toLocaleString(i18n.language) },
    {
      header: t('common.actions'),
      hideHeader: true,
      cell: (item) => (
        <Link to={paths.delegation(cbe, item.id)}>
          {t('delegations.open')}
          <span className="visually-hidden"> – {other(item)}</span>
        </Link>
      ),
    },
  ];
  if (items.length === 0) return <p>{t('delegations.none')}</p>;
  return (
    <>
      <DataTable caption={title} columns={columns} rows={items} rowKey={(item) => item.id} />
      <ExportButton
        fileName={`delegations-${filters.direction}-${cbe}.csv`}
        csv={async () => delegationsCsv(await everyDelegation(cbe, filters), t)}
        label={t('delegations.export')}
      />
    </>
  );
}
