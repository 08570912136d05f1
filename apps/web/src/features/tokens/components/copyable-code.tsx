import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A block of code with a button that copies it, and says so to screen readers. */
export function CopyableCode({ code, label }: { code: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard?.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div className="copyable">
      <pre className="mono" tabIndex={0} aria-label={label}>
        <code>{code}</code>
      </pre>
      <button type="button" className="button button--secondary button--small" onClick={copy}>
        {t('tokens.copy')}
        <span className="visually-hidden"> {label}</span>
      </button>
      <span role="status" className="muted small">
        {copied ? t('tokens.copied') : ''}
      </span>
    </div>
  );
}
