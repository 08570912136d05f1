import { useTranslation } from 'react-i18next';

/**
 * Grey lines holding the place of what is loading, about as tall as it will be, so that nothing below jumps when
 * it arrives (cumulative layout shift); screen readers hear "Loading".
 */
export function Skeleton({ lines = 3, kind = 'text' }: { lines?: number; kind?: 'text' | 'table' | 'summary' }) {
  const { t } = useTranslation();
  return (
    <div className={`skeleton skeleton--${kind}`} role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}
