import type { MyEnterprise } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { useMyEnterprise } from '../../me';
import { useSenders } from '../api/senders';

/** The enterprise's senders: on a first connection, the proposal to create one for each quality that has none. */
export function EnterpriseHomePage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const { enterprise } = useMyEnterprise(cbe);
  if (!enterprise) return null;
  return (
    <Page title={t('senders.title')} caption={enterprise.name}>
      <Flash />
      {enterprise.holdsTechnicalChannelsRight ? <SenderCards enterprise={enterprise} /> : <RefusedSenders cbe={cbe} />}
    </Page>
  );
}

function SenderCards({ enterprise }: { enterprise: MyEnterprise }) {
  const { t } = useTranslation();
  const cbe = enterprise.enterpriseNumber;
  const toCreate = enterprise.senders.filter((sender) => sender.senderToCreate);
  const existing = enterprise.senders.filter((sender) => sender.senderNumber);
  return (
    <>
      {toCreate.map((sender) => (
        <section key={sender.quality} className="panel panel--action" aria-labelledby={`create-${sender.quality}`}>
          <h2 id={`create-${sender.quality}`}>{t('senders.proposalTitle', { quality: t(`qualities.${sender.quality}`) })}</h2>
          <p>{t('senders.proposalWhy')}</p>
          <Link className="button" to={paths.createSender(cbe, sender.quality)}>
            {t('senders.proposalAction', { quality: t(`qualities.${sender.quality}`) })}
          </Link>
        </section>
      ))}
      {existing.length > 0 && (
        <ul className="card-list">
          {existing.map((sender) => (
            <li key={sender.quality} className="card">
              <Link to={paths.sender(cbe, sender.senderNumber!)}>
                {t('senders.cardTitle', { number: sender.senderNumber, quality: t(`qualities.${sender.quality}`) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {enterprise.senders.some((sender) => sender.senderToCreate === null) && <p className="notice">{t('senders.unknown')}</p>}
    </>
  );
}

/** Without the right, the senders list answers with the problem that names whom to ask: show it. */
function RefusedSenders({ cbe }: { cbe: string }) {
  const senders = useSenders(cbe);
  return <QueryState query={senders}>{() => null}</QueryState>;
}
