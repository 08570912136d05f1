import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { useEnterpriseSearch } from '../api/desk';

/** Find an enterprise by the start of its number or a part of its name. */
export function EnterpriseSearch() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const found = useEnterpriseSearch(q);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
  };
  return (
    <section aria-labelledby="desk-search">
      <h2 id="desk-search">{t('admin.findEnterprise')}</h2>
      <form onSubmit={submit} className="filters">
        <div className="field">
          <label htmlFor="desk-q">{t('admin.query')}</label>
          <p id="desk-q-hint" className="hint">
            {t('admin.queryHint')}
          </p>
          <input id="desk-q" type="text" aria-describedby="desk-q-hint" value={draft} onChange={(event) => setDraft(event.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('admin.search')}
        </button>
      </form>
      {q.length >= 2 && (
        <>
          <QueryState query={found}>
            {({ items }) =>
              items.length === 0 ? (
                <p>{t('admin.noEnterprise')}</p>
              ) : (
                <ul className="card-list">
                  {items.map((enterprise) => (
                    <li key={enterprise.enterpriseNumber} className="card">
                      <Link to={paths.deskEnterprise(enterprise.enterpriseNumber)}>
                        {enterprise.name} ({formatEnterpriseNumber(enterprise.enterpriseNumber)})
                      </Link>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
          <MoreButton query={found} />
        </>
      )}
    </section>
  );
}
