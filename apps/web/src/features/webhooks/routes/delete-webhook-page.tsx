import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { ConfirmPage } from '../../../components/confirm-page';
import { withFlash } from '../../../components/flash';
import { useDeleteWebhook } from '../api/webhooks';

/** Deleting a webhook endpoint, asked once more: no event is sent to it any more. */
export function DeleteWebhookPage() {
  const { t } = useTranslation();
  const { cbe = '', webhookId = '' } = useParams();
  // The address comes with the link from the list; a page opened by its own address says "this endpoint".
  const url = (useLocation().state as { url?: string } | null)?.url ?? t('confirm.webhook.thisOne');
  const remove = useDeleteWebhook(cbe);
  const navigate = useNavigate();
  const back = paths.webhooks(cbe);
  return (
    <ConfirmPage
      title={t('confirm.webhook.title')}
      consequences={[t('confirm.webhook.stops', { url }), t('confirm.webhook.then')]}
      confirmLabel={t('confirm.webhook.button')}
      backTo={back}
      onConfirm={async () => {
        await remove.mutateAsync(webhookId);
        void navigate(back, withFlash('webhooks.removed'));
      }}
    />
  );
}
