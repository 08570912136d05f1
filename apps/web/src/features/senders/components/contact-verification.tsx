import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../../components/problem-message';
import { StatusTag } from '../../../components/status-tag';
import { useContactVerification, useResendContactVerification } from '../api/senders';

/**
 * Next to the contact's address: whether its owner confirmed it by the mailed link, and for those who may replace
 * the contact, a new link. Until confirmed, Chaman mails the address nothing else (docs/notifications.md).
 */
export function ContactVerification({ cbe, senderNumber, canResend }: { cbe: string; senderNumber: string; canResend: boolean }) {
  const { t } = useTranslation();
  const verification = useContactVerification(cbe, senderNumber);
  const resend = useResendContactVerification(cbe, senderNumber);
  if (!verification.data) return null;
  if (verification.data.status === 'VERIFIED') return <StatusTag tone="ok">{t('contactVerification.verified')}</StatusTag>;
  return (
    <div className="contact-verification">
      <StatusTag tone="warn">{t('contactVerification.pending')}</StatusTag>
      <p className="hint">{t('contactVerification.pendingHint')}</p>
      {canResend && (
        <button type="button" className="button button--secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {t('contactVerification.resend')}
        </button>
      )}
      <div role="status">{resend.isSuccess && <p>{t('contactVerification.resent')}</p>}</div>
      {resend.isError && <ProblemMessage error={resend.error} />}
    </div>
  );
}
