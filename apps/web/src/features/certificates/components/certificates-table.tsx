import type { CertificateView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { toTheMinute } from '../../tokens';
import { ExpiryTag } from './expiry-tag';

interface CertificatesTableProps {
  cbe: string;
  items: CertificateView[];
  removeHref: (certificate: CertificateView) => string;
  /** When each certificate last obtained an access token, by id: what tells which one may go. */
  lastUsed?: Map<string, string>;
}

/** The account's certificates: fingerprint to compare, validity window, warning before expiry, owner, last token. */
export function CertificatesTable({ cbe, items, removeHref, lastUsed = new Map() }: CertificatesTableProps) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  const columns: Column<CertificateView>[] = [
    {
      header: t('certificates.name'),
      cell: (certificate) => (
        <>
          {certificate.name}
          <br />
          <span className="muted small">{certificate.subject}</span>
        </>
      ),
    },
    { header: t('certificates.fingerprint'), cell: (certificate) => certificate.fingerprint, className: 'mono small break' },
    {
      header: t('certificates.validity'),
      cell: (certificate) => t('certificates.fromTo', { from: date(certificate.notBefore), to: date(certificate.notAfter) }),
    },
    {
      header: t('certificates.state'),
      cell: (certificate) =>
        certificate.status === 'INACTIVE' ? (
          <strong className="tag tag--neutral">{t('certificates.inactive')}</strong>
        ) : (
          <ExpiryTag notAfter={certificate.notAfter} />
        ),
    },
    {
      header: t('certificates.owner'),
      cell: (certificate) =>
        certificate.ownerEnterpriseNumber === cbe
          ? t('certificates.ownedByYou')
          : formatEnterpriseNumber(certificate.ownerEnterpriseNumber),
    },
    {
      header: t('tokens.lastToken'),
      cell: (certificate) => {
        const at = lastUsed.get(certificate.id);
        return at ? toTheMinute(at, i18n.language) : t('tokens.never');
      },
    },
    {
      header: t('common.actions'),
      hideHeader: true,
      cell: (certificate) => (
        <Link className="button button--warning button--small" to={removeHref(certificate)} state={{ name: certificate.name }}>
          {t('certificates.remove')}
          <span className="visually-hidden"> {certificate.name}</span>
        </Link>
      ),
    },
  ];
  return <DataTable caption={t('certificates.title')} columns={columns} rows={items} rowKey={(certificate) => certificate.id} />;
}
