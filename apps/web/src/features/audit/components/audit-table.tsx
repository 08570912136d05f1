import type { AuditEntryView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { auditValuesText } from './audit-values';

/**
 * What a reader knows a resource by: a sender's number, a member's login, an enterprise's number as written. Others
 * (a channel, an account, a certificate, a webhook, a delegation) have only an internal id, which says nothing on
 * screen: their values say which one (its sender, its name, its address), and the CSV export keeps the id.
 */
function resourceName({ type, id }: AuditEntryView['resource']): string | undefined {
  if (type === 'sender' || type === 'member') return id;
  if (type === 'enterprise') return formatEnterpriseNumber(id);
  return undefined;
}

/** The entries of one page: when, who, what, on what, and the values before and after. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t, i18n } = useTranslation();
  const columns: Column<AuditEntryView>[] = [
    { header: t('audit.at'), rowHeader: true, cell: (entry) => new Date(entry.at).toLocaleString(i18n.language) },
    {
      header: t('audit.who'),
      cell: ({ actor }) => (
        <>
          {actor.name ?? actor.userId ?? t('audit.system')}
          {actor.enterpriseNumber && <span className="muted small"> ({formatEnterpriseNumber(actor.enterpriseNumber)})</span>}
          {actor.operator && (
            <>
              <br />
              <span className="muted small">{t('audit.operator')}</span>
            </>
          )}
        </>
      ),
    },
    { header: t('audit.what'), cell: (entry) => t(`audit.kinds.${entry.kind.replace('.', '_')}`, { defaultValue: entry.kind }) },
    {
      header: t('audit.resource'),
      cell: (entry) => {
        const name = resourceName(entry.resource);
        return (
          <>
            {t(`audit.resources.${entry.resource.type}`, { defaultValue: entry.resource.type })}
            {name && <> {name}</>}
            {entry.personUserId && entry.personUserId !== name && <span className="muted small"> – {entry.personUserId}</span>}
          </>
        );
      },
    },
    {
      header: t('audit.change'),
      cell: (entry) => (
        <>
          {entry.before && (
            <>
              <span className="muted small">{t('audit.before')}</span> <span>{auditValuesText(entry.before, t, i18n.language)}</span>
              <br />
            </>
          )}
          {entry.after && (
            <>
              <span className="muted small">{t('audit.after')}</span> <span>{auditValuesText(entry.after, t, i18n.language)}</span>
            </>
          )}
          {entry.reason && <p className="small">{t('audit.reason', { reason: entry.reason })}</p>}
        </>
      ),
    },
  ];
  return <DataTable caption={t('audit.title')} columns={columns} rows={entries} rowKey={(entry) => entry.id} />;
}
