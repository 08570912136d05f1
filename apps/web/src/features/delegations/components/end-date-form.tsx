import type { DelegationDetail } from '@chaman/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../../components/problem-message';
import { useChangeEndDate } from '../api/delegations';

const END_DATE_ID = 'delegation-ends-on';

/** The company sets, changes or removes the delegation's end date; shown only when the service offers `CHANGE_END_DATE`. */
export function EndDateForm({ cbe, delegation }: { cbe: string; delegation: DelegationDetail }) {
  const { t } = useTranslation();
  const change = useChangeEndDate(cbe, delegation.id);
  const [endsOn, setEndsOn] = useState(delegation.endsOn?.slice(0, 10) ?? '');
  // The confirmation is kept as a key, so it follows a language switch.
  const [done, setDone] = useState<string | null>(null);
  const run = (value: string | null) => {
    setDone(null);
    change.mutate(value, { onSuccess: () => setDone(value ? 'lifecycle.endDateSet' : 'lifecycle.endDateRemoved') });
  };
  return (
    <form
      aria-labelledby="end-date-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (endsOn) run(endsOn);
      }}
    >
      <h3 id="end-date-title">{t('lifecycle.endsOn')}</h3>
      <div role="status">{done && <p className="notice notice--success">{t(done)}</p>}</div>
      {change.isError && (
        <div className="notice notice--error" role="alert">
          <ProblemMessage error={change.error} />
        </div>
      )}
      <div className="field">
        <label htmlFor={END_DATE_ID}>{t('lifecycle.endDateLabel')}</label>
        <p id={`${END_DATE_ID}-hint`} className="hint">
          {t('lifecycle.endDateHint')}
        </p>
        <input
          id={END_DATE_ID}
          type="date"
          aria-describedby={`${END_DATE_ID}-hint`}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button button--secondary" disabled={change.isPending || !endsOn}>
          {t(delegation.endsOn ? 'lifecycle.changeEndDate' : 'lifecycle.setEndDate')}
        </button>
        {delegation.endsOn && (
          <button type="button" className="button button--secondary" disabled={change.isPending} onClick={() => run(null)}>
            {t('lifecycle.removeEndDate')}
          </button>
        )}
      </div>
    </form>
  );
}
