import { useTranslation } from 'react-i18next';

/** An end date (an ISO date, a day in Belgium) as the reader's language writes it. */
export function EndsOn({ date }: { date: string }) {
  const { i18n } = useTranslation();
  const day = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  return (
    <time dateTime={date.slice(0, 10)}>{day.toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' })}</time>
  );
}
