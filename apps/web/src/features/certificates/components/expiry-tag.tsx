import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/status-tag';
import { expiryOf } from '../api/expiry';

/** Validity in words, with a warning sign and text (not colour alone) when the end is within 30 days. */
export function ExpiryTag({ notAfter }: { notAfter: string }) {
  const { t } = useTranslation();
  const expiry = expiryOf(notAfter);
  if (expiry.state === 'expired') return <StatusTag tone="bad">{t('certificates.expired')}</StatusTag>;
  if (expiry.state === 'soon') return <StatusTag tone="warn">{`⚠ ${t('certificates.expiresSoon', { count: expiry.days })}`}</StatusTag>;
  return <StatusTag tone="ok">{t('certificates.valid')}</StatusTag>;
}
