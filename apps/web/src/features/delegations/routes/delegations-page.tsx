import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { isReceived } from '../api/allowed-actions';
import { useDelegations } from '../api/delegations';
import { DelegationsTable } from '../components/delegations-table';

/** Delegations received (to answer) and sent (to follow), newest first. */
export function DelegationsPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const delegations = useDelegations(cbe);
  return (
    <Page title={t('delegations.title')}>
      <Flash />
      <p className="lead">{t('delegations.lead')}</p>
      <Link className="button" to={paths.requestDelegation(cbe)}>
        {t('delegations.request')}
      </Link>
      <QueryState query={delegations}>
        {(items) => (
          <>
            <DelegationsTable cbe={cbe} id="received" title={t('delegations.received')} items={items.filter((item) => isReceived(item, cbe))} />
            <DelegationsTable cbe={cbe} id="sent" title={t('delegations.sent')} items={items.filter((item) => !isReceived(item, cbe))} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
