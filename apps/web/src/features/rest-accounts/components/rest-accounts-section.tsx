import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { Skeleton } from '../../../components/skeleton';
import { StatusTag } from '../../../components/status-tag';
import { useRestAccounts } from '../api/rest-accounts';

/** The sender's REST accounts, each leading to its certificates, a closed one saying so; "create" when the service offers it. */
export function RestAccountsSection({ cbe, senderNumber, canCreate }: { cbe: string; senderNumber: string; canCreate: boolean }) {
  const { t, i18n } = useTranslation();
  const accounts = useRestAccounts(cbe, senderNumber);
  return (
    <section aria-labelledby="rest-accounts-title">
      <h2 id="rest-accounts-title">{t('restAccounts.title')}</h2>
      <QueryState query={accounts} placeholder={<Skeleton kind="table" lines={2} />}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('restAccounts.none')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('restAccounts.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('restAccounts.name')}</th>
                  <th scope="col">{t('restAccounts.environment')}</th>
                  <th scope="col">{t('restAccounts.clientId')}</th>
                  <th scope="col">{t('restAccounts.scopes')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((account) => (
                  <tr key={account.id}>
                    <td>
                      <Link to={paths.restAccount(cbe, account.id, senderNumber)}>{account.name}</Link>
                      {account.closedAt && (
                        <>
                          {' '}
                          <StatusTag tone="neutral">
                            {t('restAccounts.closedOn', { date: new Date(account.closedAt).toLocaleDateString(i18n.language) })}
                          </StatusTag>
                        </>
                      )}
                    </td>
                    <td>{t(`environments.${account.environment}`)}</td>
                    <td className="mono">{account.clientId}</td>
                    <td>{account.scopes.join(', ') || t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <MoreButton query={accounts} />
      {canCreate && (
        <Link className="button button--secondary" to={paths.createRestAccount(cbe, senderNumber)}>
          {t('restAccounts.create')}
        </Link>
      )}
    </section>
  );
}
