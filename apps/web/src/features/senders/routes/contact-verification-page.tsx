import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../../components/layout/page';
import { ProblemMessage } from '../../../components/problem-message';
import { ProblemError } from '../../../lib/problem-error';
import { useConfirmContact } from '../api/senders';

/** A refusal that trying again cannot change (the link is unknown, replaced, used or expired); a busy or unreachable service can. */
const isFinal = (error: Error): boolean =>
  error instanceof ProblemError && error.problem.status >= 400 && error.problem.status < 500 && error.problem.status !== 429;

/**
 * Where the link mailed to a technical contact's address leads, signed in or not. Opening it changes nothing (mail
 * scanners follow links): the reader's click posts the token, and the page says the outcome in their language.
 */
export function ContactVerificationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const confirm = useConfirmContact(token);
  const settled = confirm.isSuccess || (confirm.isError && isFinal(confirm.error));
  return (
    <Page title={t('contactVerification.pageTitle')}>
      <p className="lead">{t('contactVerification.lead')}</p>
      {!settled && (
        <button type="button" className="button" disabled={confirm.isPending} onClick={() => confirm.mutate()}>
          {t('contactVerification.confirm')}
        </button>
      )}
      <div role="status">
        {confirm.isSuccess && (
          <p>{t('contactVerification.confirmed', { email: confirm.data.email, senderNumber: confirm.data.senderNumber })}</p>
        )}
      </div>
      {confirm.isError && <ProblemMessage error={confirm.error} />}
    </Page>
  );
}
