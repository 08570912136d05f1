import type { NamedDelegationView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { ExportButton } from '../../../components/export-button';
import { enterpriseLabel } from '../../../lib/enterprise-number';
import { partyOf } from '../api/allowed-actions';
import { delegationsCsv } from '../api/delegations-csv';
import { DelegationStatus } from './delegation-status';

/** One list of delegations (received or sent), with its CSV export. */
export function DelegationsTable({ cbe, title, id, items }: { cbe: string; title: string; id: string; items: NamedDelegationView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p>{t('delegations.none')}</p>
      ) : (
        <>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('delegations.counterpart')}</th>
                <th scope="col">{t('delegations.companyQuality')}</th>
                <th scope="col">{t('delegations.status')}</th>
                <th scope="col">{t('delegations.updatedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const mine = partyOf(item, cbe);
                const other = mine === 'COMPANY' ? enterpriseLabel(item.intermediaryEnterpriseNumber, item.intermediaryName) : enterpriseLabel(item.companyEnterpriseNumber, item.companyName);
                return (
                  <tr key={item.id}>
                    <td>
                      {other}
                      <br />
                      <span className="muted small">{t(mine === 'COMPANY' ? 'delegations.intermediary' : 'delegations.company')}</span>
                    </td>
                    <td>{t(`qualities.${item.companyQuality}`)}</td>
                    <td>
                      <DelegationStatus status={item.status} />
                    </td>
                    <td>{new Date(item.updatedAt).toLocaleString(i18n.language)}</td>
                    <td>
                      <Link to={paths.delegation(cbe, item.id)}>
                        {t('delegations.open')}
                        <span className="visually-hidden"> – {other}</span>
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ExportButton fileName={`delegations-${id}-${cbe}.csv`} csv={() => delegationsCsv(items, t)} label={t('delegations.export')} />
        </>
      )}
    </section>
  );
}
