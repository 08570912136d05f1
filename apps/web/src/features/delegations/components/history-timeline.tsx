import type { DelegationHistoryEntry } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';

/** Every transition of the delegation, oldest first: when, what, who, why. */
export function HistoryTimeline({ history }: { history: DelegationHistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline">
      {history.map((entry, index) => {
        const actor = entry.actorUserId ? `${entry.actorUserId} (${formatEnterpriseNumber(entry.actorEnterpriseNumber ?? '')})` : t('delegations.system');
        return (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(i18n.language)}</time>
            <strong>{t('delegations.historyEntry', { action: t(`delegations.historyActions.${entry.action}`), actor })}</strong>
            {' – '}
            <DelegationStatusText status={entry.status} />
            {entry.reason && <p>{t('delegations.reasonShown', { reason: entry.reason })}</p>}
            {entry.scopes && entry.scopes.length > 0 && <p className="muted small">{t('delegations.scopesShown', { scopes: entry.scopes.join(', ') })}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function DelegationStatusText({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span>{t(`delegations.statuses.${status}`)}</span>;
}
