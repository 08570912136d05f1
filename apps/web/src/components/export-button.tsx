import { useTranslation } from 'react-i18next';
import { downloadCsv } from '../lib/csv';

/** One button per list: downloads the list as a CSV file built in the browser from the API's data. */
export function ExportButton({ fileName, csv, label }: { fileName: string; csv: () => string; label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--secondary" onClick={() => downloadCsv(fileName, csv())}>
      {label ?? t('common.exportCsv')}
    </button>
  );
}
