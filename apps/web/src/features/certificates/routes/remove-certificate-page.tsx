import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { ConfirmPage } from '../../../components/confirm-page';
import { withFlash } from '../../../components/flash';
import { useRemoveCertificate } from '../api/certificates';

/** Removing a certificate, asked once more: the clients presenting it stop being accepted. */
export function RemoveCertificatePage() {
  const { t } = useTranslation();
  const { cbe = '', accountId = '', certificateId = '' } = useParams();
  const [search] = useSearchParams();
  const senderNumber = search.get('sender') ?? undefined;
  // The name comes with the link from the list; a page opened by its address says "this certificate".
  const name = (useLocation().state as { name?: string } | null)?.name ?? t('confirm.certificate.thisOne');
  const remove = useRemoveCertificate(cbe, accountId);
  const navigate = useNavigate();
  const back = paths.restAccount(cbe, accountId, senderNumber);
  return (
    <ConfirmPage
      title={t('confirm.certificate.title', { name })}
      consequences={[t('confirm.certificate.stops'), t('confirm.certificate.then')]}
      confirmLabel={t('confirm.certificate.button')}
      backTo={back}
      onConfirm={async () => {
        await remove.mutateAsync(certificateId);
        void navigate(back, withFlash('confirm.certificate.done', { name }));
      }}
    />
  );
}
