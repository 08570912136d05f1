import type { DelegationDetail, DelegationHistoryEntry } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { nameOf } from '../api/party-names';

/** The acting person and their enterprise: "alice (CPAS de Liège, 0123.456.749)", by number alone while the name is not known. */
function actorOf(entry: DelegationHistoryEntry, delegation: DelegationDetail): string | undefined {
  if (!entry.actorUserId) return undefined;
  const number = entry.actorEnterpriseNumber ?? '';
  const name = nameOf(delegation, number);
  return `${entry.actorUserId} (${name ? `${name}, ` : ''}${formatEnterpriseNumber(number)})`;
}

/** Every transition of the delegation, oldest first: when, what, who (the enterprise by name where known), why. */
export function HistoryTimeline({ delegation }: { delegation: DelegationDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline">
      {delegation.history.map((entry, index) => {
        const actor = actorOf(entry, delegation) ?? t('delegations.system');
        return (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(i18n.language)}</time>
            <strong>{t('delegations.historyEntry', { action: t(`delegations.historyActions.${entry.action}`), actor })}</strong>
            {' – '}
            <DelegationStatusText status={entry.status} />
            {entry.reason && <p>{t('delegations.reasonShown', { reason: entry.reason })}</p>}
            {entry.scopes && entry.scopes.length > 0 && (
              <p className="muted small">{t('delegations.scopesShown', { scopes: entry.scopes.join(', ') })}</p>
            )}
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
