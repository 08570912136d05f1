import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  /** A line above the heading saying where the page sits (e.g. the enterprise or the sender). */
  caption?: string;
  children?: ReactNode;
}

/** One page: its heading takes the focus when it opens, so screen readers and keyboards start there. */
export function Page({ title, caption, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      {caption && <p className="caption">{caption}</p>}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
