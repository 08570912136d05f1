import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { RenderAfterPaint } from '../../../components/render-after-paint';
import { Skeleton } from '../../../components/skeleton';
import { ChannelsSection } from '../../channels';
import { RestAccountsSection } from '../../rest-accounts';
import { allows, useSender } from '../api/senders';
import { ContactVerificationResend, ContactVerificationTag } from '../components/contact-verification';
import { SenderClosure } from '../components/sender-closure';

/** One sender: its technical contact, its channels and its REST accounts. */
export function SenderPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '' } = useParams();
  const sender = useSender(cbe, senderNumber);
  return (
    <Page title={t('senders.pageTitle', { number: senderNumber })}>
      <Flash />
      <QueryState query={sender} placeholder={<Skeleton kind="summary" lines={6} />}>
        {(view) => (
          <>
            <p className="lead">{t('senders.quality', { quality: t(`qualities.${view.quality}`) })}</p>
            <section aria-labelledby="contact-title">
              <h2 id="contact-title">{t('contact.title')}</h2>
              <dl className="summary-list">
                <div>
                  <dt>{t('contact.name')}</dt>
                  <dd>
                    {view.contact.firstName} {view.contact.lastName}
                  </dd>
                </div>
                <div>
                  <dt>{t('contact.email')}</dt>
                  <dd>
                    {view.contact.email} <ContactVerificationTag cbe={cbe} senderNumber={senderNumber} />
                  </dd>
                </div>
                <div>
                  <dt>{t('contact.phone')}</dt>
                  <dd>{view.contact.phone ?? t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('contact.language')}</dt>
                  <dd>{t(`languageNames.${view.contact.language}`)}</dd>
                </div>
              </dl>
              <ContactVerificationResend cbe={cbe} senderNumber={senderNumber} canResend={allows(view, 'REPLACE_CONTACT')} />
              {allows(view, 'REPLACE_CONTACT') && (
                <Link className="button button--secondary" to={paths.replaceContact(cbe, senderNumber)}>
                  {t('contact.replace')}
                </Link>
              )}
            </section>
            <RenderAfterPaint placeholder={<Skeleton kind="table" lines={8} />}>
              <ChannelsSection cbe={cbe} senderNumber={senderNumber} canAdd={allows(view, 'ADD_CHANNEL')} />
              <RestAccountsSection cbe={cbe} senderNumber={senderNumber} canCreate={allows(view, 'CREATE_REST_ACCOUNT')} />
              <SenderClosure cbe={cbe} senderNumber={senderNumber} closedAt={view.closedAt} canClose={allows(view, 'CLOSE')} />
            </RenderAfterPaint>
          </>
        )}
      </QueryState>
    </Page>
  );
}
