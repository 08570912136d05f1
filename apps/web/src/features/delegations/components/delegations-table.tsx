import type { NamedDelegationView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { type Column, DataTable } from '../../../components/data-table';
import { ExportButton } from '../../../components/export-button';
import { enterpriseLabel } from '../../../lib/enterprise-number';
import { partyOf } from '../api/allowed-actions';
import { delegationsCsv } from '../api/delegations-csv';
import { nameOf } from '../api/party-names';
import { DelegationStatus } from './delegation-status';

/** One list of delegations (received or sent), with its CSV export. */
export function DelegationsTable({ cbe, title, id, items }: { cbe: string; title: string; id: string; items: NamedDelegationView[] }) {
  const { t, i18n } = useTranslation();
  const other = (item: NamedDelegationView) => {
    const number = partyOf(item, cbe) === 'COMPANY' ? item.intermediaryEnterpriseNumber : item.companyEnterpriseNumber;
    return enterpriseLabel(number, nameOf(item, number));
  };
  const columns: Column<NamedDelegationView>[] = [
    {
      header: t('delegations.counterpart'),
      cell: (item) => (
        <>
          {other(item)}
          <br />
          <span className="muted small">{t(partyOf(item, cbe) === 'COMPANY' ? 'delegations.intermediary' : 'delegations.company')}</span>
        </>
      ),
    },
    { header: t('delegations.companyQuality'), cell: (item) => t(`qualities.${item.companyQuality}`) },
    { header: t('delegations.status'), cell: (item) => <DelegationStatus status={item.status} /> },
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
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p>{t('delegations.none')}</p>
      ) : (
        <>
          <DataTable caption={title} columns={columns} rows={items} rowKey={(item) => item.id} />
          <ExportButton fileName={`delegations-${id}-${cbe}.csv`} csv={() => delegationsCsv(items, t)} label={t('delegations.export')} />
        </>
      )}
    </section>
  );
}
