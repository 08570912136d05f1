import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../../components/problem-message';
import { StatusTag } from '../../../components/status-tag';
import { useContactVerification, useResendContactVerification } from '../api/senders';

interface Props {
  cbe: string;
  senderNumber: string;
}

/** Next to the contact's address: whether its owner confirmed it by the mailed link. */
export function ContactVerificationTag({ cbe, senderNumber }: Props) {
  const { t } = useTranslation();
  const { data } = useContactVerification(cbe, senderNumber);
  if (!data) return null;
  return data.status === 'VERIFIED' ? (
    <StatusTag tone="ok">{t('contactVerification.verified')}</StatusTag>
  ) : (
    <StatusTag tone="warn">{t('contactVerification.pending')}</StatusTag>
  );
}

/**
 * Below the contact, while the address is unconfirmed: what that means (Chaman mails it nothing else,
 * docs/notifications.md) and, for those who may replace the contact, a new link.
 */
export function ContactVerificationResend({ cbe, senderNumber, canResend }: Props & { canResend: boolean }) {
  const { t } = useTranslation();
  const { data } = useContactVerification(cbe, senderNumber);
  const resend = useResendContactVerification(cbe, senderNumber);
  if (data?.status !== 'PENDING') return null;
  return (
    <div className="contact-verification">
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
