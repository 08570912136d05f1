import { useTranslation } from 'react-i18next';
import type { ProblemError } from '../lib/problem-error';
import { ProblemMessage } from './problem-message';

/** What a person without the right sees instead of a screen: why, and the managers who can grant it. */
export function NoRight({ error }: { error: ProblemError }) {
  const { t } = useTranslation();
  return (
    <section className="notice notice--warning" aria-labelledby="no-right-title">
      <h2 id="no-right-title">{t('rights.noRightTitle')}</h2>
      <ProblemMessage error={error} />
      <p>{t('rights.howToGet', { label: t('rights.technicalChannels') })}</p>
    </section>
  );
}
