import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';

/** The end of a sender: when it was closed, or the way to its closing confirmation when the service offers it. */
export function SenderClosure({
  cbe,
  senderNumber,
  closedAt,
  canClose,
}: {
  cbe: string;
  senderNumber: string;
  closedAt?: string;
  canClose: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="sender-closure-title">
      <h2 id="sender-closure-title">{t('lifecycle.senderEnd')}</h2>
      {closedAt && (
        <p className="notice">{t('lifecycle.senderClosedOn', { date: new Date(closedAt).toLocaleDateString(i18n.language) })}</p>
      )}
      {canClose && (
        <Link className="button button--warning" to={paths.closeSender(cbe, senderNumber)}>
          {t('lifecycle.closeSender')}
        </Link>
      )}
    </section>
  );
}
