import type { DelegationDetail } from '@chaman/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { ProblemMessage } from '../../../components/problem-message';
import { scopesFrom } from '../../rest-accounts';
import { EndDateForm } from './end-date-form';
import { CONFIRMED_ACTIONS, type OfferedAction, offeredActions, useDelegationCommand } from '../api/delegations';

const REASON_ID = 'delegation-reason';
const SCOPES_ID = 'delegation-scopes';

/**
 * The actions the service says the viewer's side may take now (`allowedActions`), with a reason the other party will
 * read in the history; those that end something (cancel, revoke, renounce) lead to a confirmation page first.
 */
export function DelegationActions({ cbe, delegation }: { cbe: string; delegation: DelegationDetail }) {
  const { t } = useTranslation();
  const command = useDelegationCommand(cbe, delegation.id);
  const [reason, setReason] = useState('');
  const [scopes, setScopes] = useState(delegation.scopes.join(' '));
  // The confirmation is kept as the action, so it follows a language switch.
  const [done, setDone] = useState<OfferedAction | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  const actions = offeredActions(delegation);
  // The end date has its own form (EndDateForm).
  const transitions = actions.filter(
    (action) => !['CHANGE_SCOPES', 'CHANGE_END_DATE'].includes(action) && !CONFIRMED_ACTIONS.includes(action),
  );
  const confirmed = actions.filter((action) => CONFIRMED_ACTIONS.includes(action));
  const relaunches =
    delegation.relaunchesLeft === undefined ? null : { left: delegation.relaunchesLeft, limit: delegation.intermediaryRelaunches.limit };
  useEffect(() => {
    if (command.isError) alert.current?.focus();
  }, [command.isError, command.error]);

  const run = (action: OfferedAction) => {
    setDone(null);
    command.mutate(
      { command: action, reason: reason.trim() || undefined, scopes: action === 'CHANGE_SCOPES' ? scopesFrom(scopes) : undefined },
      {
        onSuccess: () => {
          setReason('');
          setDone(action);
        },
      },
    );
  };
  const label = (action: OfferedAction) =>
    action === 'RELAUNCH' && relaunches ? t('delegations.relaunchLeft', relaunches) : t(`delegations.actions.${action}`);

  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('common.actions')}</h2>
      <div role="status">{done && <p className="notice notice--success">{t(`delegations.done.${done}`)}</p>}</div>
      {command.isError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alert} aria-labelledby="action-error-title">
          <h3 id="action-error-title">{t('errors.summaryTitle')}</h3>
          <ProblemMessage error={command.error} />
        </div>
      )}
      {actions.length === 0 && <p>{t('delegations.noAction')}</p>}
      {actions.includes('CHANGE_END_DATE') && <EndDateForm cbe={cbe} delegation={delegation} />}
      {relaunches && actions.includes('RELAUNCH') && <p>{t('delegations.relaunchesLeft', relaunches)}</p>}
      {transitions.length > 0 && (
        <form onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor={REASON_ID}>{t('delegations.reason')}</label>
            <p id={`${REASON_ID}-hint`} className="hint">
              {t(transitions.includes('REFUSE') ? 'delegations.refuseReasonHint' : 'delegations.reasonHint')}
            </p>
            <textarea
              id={REASON_ID}
              rows={3}
              maxLength={500}
              aria-describedby={`${REASON_ID}-hint`}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="button-group">
            {transitions.map((action) => (
              <button
                key={action}
                type="button"
                className={action === 'REFUSE' ? 'button button--warning' : 'button'}
                disabled={command.isPending}
                onClick={() => run(action)}
              >
                {label(action)}
              </button>
            ))}
          </div>
        </form>
      )}
      {confirmed.length > 0 && (
        <div className="button-group">
          {confirmed.map((action) => (
            <Link key={action} className="button button--warning" to={paths.confirmDelegationAction(cbe, delegation.id, action)}>
              {t(`delegations.actions.${action}`)}
            </Link>
          ))}
        </div>
      )}
      {actions.includes('CHANGE_SCOPES') && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run('CHANGE_SCOPES');
          }}
        >
          <div className="field">
            <label htmlFor={SCOPES_ID}>{t('delegations.scopes')}</label>
            <p id={`${SCOPES_ID}-hint`} className="hint">
              {t('restAccounts.scopesHint')}
            </p>
            <input
              id={SCOPES_ID}
              type="text"
              spellCheck={false}
              aria-describedby={`${SCOPES_ID}-hint`}
              value={scopes}
              onChange={(event) => setScopes(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={command.isPending}>
            {t('delegations.actions.CHANGE_SCOPES')}
          </button>
        </form>
      )}
    </section>
  );
}
