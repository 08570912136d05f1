import type { CertificateView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { ExpiryTag } from './expiry-tag';

/** The account's certificates: fingerprint to compare, validity window, warning before expiry, owner. */
export function CertificatesTable({ cbe, items, onRemove }: { cbe: string; items: CertificateView[]; onRemove: (certificate: CertificateView) => void }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  return (
    <table>
      <caption className="visually-hidden">{t('certificates.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('certificates.name')}</th>
          <th scope="col">{t('certificates.fingerprint')}</th>
          <th scope="col">{t('certificates.validity')}</th>
          <th scope="col">{t('certificates.state')}</th>
          <th scope="col">{t('certificates.owner')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((certificate) => (
          <tr key={certificate.id}>
            <td>
              {certificate.name}
              <br />
              <span className="muted small">{certificate.subject}</span>
            </td>
            <td className="mono small break">{certificate.fingerprint}</td>
            <td>{t('certificates.fromTo', { from: date(certificate.notBefore), to: date(certificate.notAfter) })}</td>
            <td>
              {certificate.status === 'INACTIVE' ? <strong className="tag tag--neutral">{t('certificates.inactive')}</strong> : <ExpiryTag notAfter={certificate.notAfter} />}
            </td>
            <td>{certificate.ownerEnterpriseNumber === cbe ? t('certificates.ownedByYou') : formatEnterpriseNumber(certificate.ownerEnterpriseNumber)}</td>
            <td>
              <button type="button" className="button button--warning button--small" onClick={() => onRemove(certificate)}>
                {t('certificates.remove')}
                <span className="visually-hidden"> {certificate.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
