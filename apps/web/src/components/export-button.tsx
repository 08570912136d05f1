import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from '../lib/csv';
import { ProblemMessage } from './problem-message';

/**
 * One button per list: downloads the whole list as a CSV file, built in the browser from every page the API has
 * (`requestEveryItem`), not only the rows on screen; the hint under it says so.
 */
export function ExportButton({ fileName, csv, label }: { fileName: string; csv: () => Promise<string>; label?: string }) {
  const { t } = useTranslation();
  const hint = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      downloadCsv(fileName, await csv());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export">
      <button type="button" className="button button--secondary" aria-describedby={hint} disabled={busy} onClick={() => void download()}>
        {busy ? t('lists.exporting') : (label ?? t('common.exportCsv'))}
      </button>
      <p id={hint} className="hint">
        {t('lists.exportAll')}
      </p>
      {error !== null && (
        <div role="alert">
          <ProblemMessage error={error} />
        </div>
      )}
    </div>
  );
}
