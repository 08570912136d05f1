import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { ExportButton } from '../../../components/export-button';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { useRestAccount } from '../../rest-accounts';
import { lastUsedById, TokenAccessSection, useTokenUsage } from '../../tokens';
import { certificatesCsv } from '../api/certificates-csv';
import { everyCertificate, useCertificates } from '../api/certificates';
import { CertificatesTable } from '../components/certificates-table';

/** A REST account and its certificates (an intermediary sees only those it registered itself). */
export function RestAccountPage() {
  const { t, i18n } = useTranslation();
  const { cbe = '', accountId = '' } = useParams();
  const [search] = useSearchParams();
  const senderNumber = search.get('sender');
  const account = useRestAccount(cbe, senderNumber, accountId);
  const certificates = useCertificates(cbe, accountId);
  const usage = useTokenUsage(cbe, accountId);
  const removeHref = (certificate: { id: string }) => paths.removeCertificate(cbe, accountId, certificate.id, senderNumber ?? undefined);
  return (
    <Page title={account.data ? t('restAccounts.pageTitle', { name: account.data.name }) : t('restAccounts.pageTitleUnnamed')}>
      <Flash />
      {account.data && (
        <dl className="summary-list">
          <div>
            <dt>{t('restAccounts.clientId')}</dt>
            <dd className="mono">{account.data.clientId}</dd>
          </div>
          <div>
            <dt>{t('restAccounts.environment')}</dt>
            <dd>{t(`environments.${account.data.environment}`)}</dd>
          </div>
          <div>
            <dt>{t('restAccounts.scopes')}</dt>
            <dd>{account.data.scopes.join(', ') || t('common.none')}</dd>
          </div>
        </dl>
      )}
      {account.data?.closedAt && (
        <p className="notice notice--warning">
          {t('restAccounts.closedOn', { date: new Date(account.data.closedAt).toLocaleDateString(i18n.language) })}
        </p>
      )}
      <p className="muted">{t('restAccounts.accountId', { id: accountId })}</p>
      <section aria-labelledby="certificates-title">
        <h2 id="certificates-title">{t('certificates.title')}</h2>
        <QueryState query={certificates}>
          {({ items }) => (
            <>
              {items.length === 0 ? (
                <p>{t('certificates.none')}</p>
              ) : (
                <CertificatesTable cbe={cbe} items={items} removeHref={removeHref} lastUsed={lastUsedById(usage.data)} />
              )}
              <MoreButton query={certificates} />
              <div className="button-group">
                <Link className="button" to={paths.addCertificate(cbe, accountId, senderNumber ?? undefined)}>
                  {t('certificates.add')}
                </Link>
                {items.length > 0 && (
                  <ExportButton
                    fileName={`certificates-${accountId}.csv`}
                    csv={async () => certificatesCsv(await everyCertificate(cbe, accountId), t)}
                    label={t('certificates.export')}
                  />
                )}
              </div>
            </>
          )}
        </QueryState>
      </section>
      {/* The company reaches the page from its sender (the account and its client id known); an intermediary from the delegation. */}
      {(!senderNumber || account.data) && (
        <TokenAccessSection clientId={account.data?.clientId} certificates={certificates.data?.items ?? []} usage={usage.data} />
      )}
      {senderNumber && account.data && !account.data.closedAt && (
        <p>
          <Link className="button button--warning" to={paths.closeRestAccount(cbe, senderNumber, accountId)}>
            {t('restAccounts.closeLink')}
          </Link>
        </p>
      )}
      {senderNumber && (
        <p>
          <Link to={paths.sender(cbe, senderNumber)}>{t('common.back')}</Link>
        </p>
      )}
    </Page>
  );
}
