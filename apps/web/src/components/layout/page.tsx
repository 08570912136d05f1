import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  /** A line above the heading saying where the page sits (e.g. the enterprise or the sender). */
  caption?: string;
  children?: ReactNode;
}

let documentOpening = false;

/**
 * Called by the browser's start (`main.tsx`): the next page to open is the document's first, after a load or a reload.
 * The browser has just put the focus at the top of the document, and that page leaves it there. Moving it to the
 * heading would add nothing, and would force a style pass inside the task that puts the first screen up (on a phone,
 * Lighthouse's total blocking time).
 */
export function openingDocument(): void {
  documentOpening = true;
}

/** One page: its heading takes the focus when it opens inside the application, so screen readers and keyboards start there. */
export function Page({ title, caption, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    if (documentOpening) documentOpening = false;
    else heading.current?.focus();
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
