import type { CertificateView, TokenUsageView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { clientExample } from '../api/client-example';
import { latestUsage, toTheMinute } from '../api/last-used';
import { useAuthorizationServer } from '../api/tokens';
import { CopyableCode } from './copyable-code';

const CLIENT_ID_PLACEHOLDER = '<client-id>';

interface TokenAccessSectionProps {
  /** Absent for a technical intermediary, who uses the client id the company gives it. */
  clientId?: string;
  certificates: CertificateView[];
  usage: TokenUsageView | undefined;
}

/** How software gets tokens for this account: the token endpoint, the client id, the certificate last used, an example to copy. */
export function TokenAccessSection({ clientId, certificates, usage }: TokenAccessSectionProps) {
  const { t, i18n } = useTranslation();
  const server = useAuthorizationServer();
  const latest = latestUsage(usage);
  const latestName = latest && (certificates.find((certificate) => certificate.id === latest.certificateId)?.name ?? latest.fingerprint);
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      <dl className="summary-list">
        <div>
          <dt>{t('tokens.tokenEndpoint')}</dt>
          <dd className="mono break">
            {server.data?.token_endpoint ?? (server.isError ? t('tokens.serverUnavailable') : t('common.loading'))}
          </dd>
        </div>
        <div>
          <dt>{t('restAccounts.clientId')}</dt>
          <dd className={clientId ? 'mono' : undefined}>{clientId ?? t('tokens.clientIdFromCompany')}</dd>
        </div>
        <div>
          <dt>{t('tokens.lastUsed')}</dt>
          <dd>
            {latest
              ? t('tokens.lastUsedValue', { name: latestName, when: toTheMinute(latest.lastUsedAt, i18n.language) })
              : t('tokens.neverUsed')}
          </dd>
        </div>
      </dl>
      {server.data && (
        <>
          <h3>{t('tokens.exampleTitle')}</h3>
          <p>{t('tokens.exampleHint')}</p>
          <CopyableCode code={clientExample(server.data.issuer, clientId ?? CLIENT_ID_PLACEHOLDER)} label={t('tokens.exampleTitle')} />
        </>
      )}
    </section>
  );
}
