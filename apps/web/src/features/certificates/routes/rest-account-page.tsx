import type { CertificateView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { ExportButton } from '../../../components/export-button';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { ProblemMessage } from '../../../components/problem-message';
import { QueryState } from '../../../components/query-state';
import { useRestAccount } from '../../rest-accounts/api/rest-accounts';
import { certificatesCsv } from '../api/certificates-csv';
import { useCertificates, useRemoveCertificate } from '../api/certificates';
import { CertificatesTable } from '../components/certificates-table';

/** A REST account and its certificates (an intermediary sees only those it registered itself). */
export function RestAccountPage() {
  const { t } = useTranslation();
  const { cbe = '', accountId = '' } = useParams();
  const [search] = useSearchParams();
  const senderNumber = search.get('sender');
  const account = useRestAccount(cbe, senderNumber, accountId);
  const certificates = useCertificates(cbe, accountId);
  const remove = useRemoveCertificate(cbe, accountId);
  const confirmRemove = (certificate: CertificateView) => {
    if (window.confirm(t('certificates.confirmRemove', { name: certificate.name }))) remove.mutate(certificate.id);
  };
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
      {account.data?.closedAt && <p className="notice notice--warning">{t('restAccounts.closedOn', { date: new Date(account.data.closedAt).toLocaleDateString() })}</p>}
      <p className="muted">{t('restAccounts.accountId', { id: accountId })}</p>
      <section aria-labelledby="certificates-title">
        <h2 id="certificates-title">{t('certificates.title')}</h2>
        {remove.isError && (
          <div className="notice notice--error" role="alert">
            <ProblemMessage error={remove.error} />
          </div>
        )}
        <QueryState query={certificates}>
          {(items) => (
            <>
              {items.length === 0 ? <p>{t('certificates.none')}</p> : <CertificatesTable cbe={cbe} items={items} onRemove={confirmRemove} />}
              <div className="button-group">
                <Link className="button" to={paths.addCertificate(cbe, accountId, senderNumber ?? undefined)}>
                  {t('certificates.add')}
                </Link>
                {items.length > 0 && <ExportButton fileName={`certificates-${accountId}.csv`} csv={() => certificatesCsv(items, t)} label={t('certificates.export')} />}
              </div>
            </>
          )}
        </QueryState>
      </section>
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
