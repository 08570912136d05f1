import type { ReactNode } from 'react';
import type { DelegationDetail } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { enterpriseLabel } from '../../../lib/enterprise-number';
import { sideOf } from '../api/delegation-side';
import { useDelegation } from '../api/delegations';
import { DelegationActions } from '../components/delegation-actions';
import { DelegationStatus } from '../components/delegation-status';
import { EndsOn } from '../components/ends-on';
import { HistoryTimeline } from '../components/history-timeline';

/** One delegation: its terms, what the viewer may do now, and its history as a timeline. */
export function DelegationPage() {
  const { t } = useTranslation();
  const { cbe = '', id = '' } = useParams();
  const delegation = useDelegation(cbe, id);
  return (
    <Page title={t('delegations.detailTitle')}>
      <Flash />
      <QueryState query={delegation}>
        {(view) => (
          <>
            <Terms view={view} />
            {sideOf(view, cbe) === 'INTERMEDIARY' && view.status === 'ACCEPTED' && (
              <p>
                <Link to={paths.restAccount(cbe, view.restAccountId)}>{t('delegations.certificates')}</Link>
              </p>
            )}
            <DelegationActions cbe={cbe} delegation={view} />
            <section aria-labelledby="history-title">
              <h2 id="history-title">{t('delegations.history')}</h2>
              <HistoryTimeline delegation={view} />
            </section>
          </>
        )}
      </QueryState>
      <p>
        <Link to={paths.delegations(cbe)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}

function Terms({ view }: { view: DelegationDetail }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('delegations.status'), <DelegationStatus key="s" status={view.status} />],
    [
      t('delegations.company'),
      `${enterpriseLabel(view.companyEnterpriseNumber, view.companyName)} – ${t(`qualities.${view.companyQuality}`)}`,
    ],
    [t('delegations.intermediary'), enterpriseLabel(view.intermediaryEnterpriseNumber, view.intermediaryName)],
    [
      t('delegations.account'),
      <span key="a" className="mono">
        {view.restAccountId}
      </span>,
    ],
    [t('delegations.scopes'), view.scopes.join(', ') || t('common.none')],
    [t('lifecycle.endsOn'), view.endsOn ? <EndsOn key="e" date={view.endsOn} /> : t('lifecycle.noEndDate')],
  ];
  return (
    <>
      <p className="lead">{t('delegations.initiated', { party: t(`delegations.initiatedBy.${view.initiatedBy}`) })}</p>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
