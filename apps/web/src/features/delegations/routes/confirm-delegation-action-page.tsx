import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { ConfirmPage } from '../../../components/confirm-page';
import { withFlash } from '../../../components/flash';
import { QueryState } from '../../../components/query-state';
import { enterpriseLabel } from '../../../lib/enterprise-number';
import { CONFIRMED_ACTIONS, type OfferedAction, offeredActions, useDelegation, useDelegationCommand } from '../api/delegations';
import { nameOf } from '../api/party-names';
import { otherPartyNumber } from '../api/delegation-side';

/** Cancel, revoke or renounce, asked once more: what stops for whom, and a reason the other party will read. */
export function ConfirmDelegationActionPage() {
  const { t } = useTranslation();
  const { cbe = '', id = '', action = '' } = useParams();
  const command = action.toUpperCase() as OfferedAction;
  const delegation = useDelegation(cbe, id);
  const run = useDelegationCommand(cbe, id);
  const navigate = useNavigate();
  const back = paths.delegation(cbe, id);
  // Once sent, the refreshed delegation no longer offers the action: the page then waits for its own navigation.
  const sent = useRef(false);
  return (
    <QueryState query={delegation}>
      {(view) => {
        // An action the service does not offer (any more) leads back to the delegation, which says what is possible.
        if (!sent.current && (!CONFIRMED_ACTIONS.includes(command) || !offeredActions(view).includes(command)))
          return <Navigate to={back} replace />;
        const other = otherPartyNumber(view, cbe);
        const values = { other: enterpriseLabel(other, nameOf(view, other)), account: view.restAccountId };
        return (
          <ConfirmPage
            title={t(`confirm.${command}.title`)}
            consequences={[t(`confirm.${command}.stops`, values), t(`confirm.${command}.then`, values)]}
            confirmLabel={t(`confirm.${command}.button`)}
            backTo={back}
            reason={{ label: t('delegations.reason'), hint: t('delegations.reasonHint') }}
            onConfirm={async (reason) => {
              sent.current = true;
              try {
                await run.mutateAsync({ command, reason });
              } catch (error) {
                sent.current = false;
                throw error;
              }
              void navigate(back, withFlash(`delegations.done.${command}`));
            }}
          />
        );
      }}
    </QueryState>
  );
}
