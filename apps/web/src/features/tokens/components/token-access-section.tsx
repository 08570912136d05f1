import type { CertificateView, TokenUsageReply } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { clientExample } from '../api/client-example';
import { latestUsage, toTheMinute } from '../api/last-used';
import { useAuthorizationServer } from '../api/tokens';
import { CopyableCode } from './copyable-code';

interface TokenAccessSectionProps {
  clientId: string;
  certificates: CertificateView[];
  usage: TokenUsageReply | undefined;
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
          <dd className="mono break">{server.data?.token_endpoint ?? (server.isError ? t('tokens.serverUnavailable') : t('common.loading'))}</dd>
        </div>
        <div>
          <dt>{t('restAccounts.clientId')}</dt>
          <dd className="mono">{clientId}</dd>
        </div>
        <div>
          <dt>{t('tokens.lastUsed')}</dt>
          <dd>{latest ? t('tokens.lastUsedValue', { name: latestName, when: toTheMinute(latest.lastUsedAt, i18n.language) }) : t('tokens.neverUsed')}</dd>
        </div>
      </dl>
      {server.data && (
        <>
          <h3>{t('tokens.exampleTitle')}</h3>
          <p>{t('tokens.exampleHint')}</p>
          <CopyableCode code={clientExample(server.data.issuer, clientId)} label={t('tokens.exampleTitle')} />
        </>
      )}
    </section>
  );
}
