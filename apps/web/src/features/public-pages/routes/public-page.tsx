import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/layout/page';

/**
 * A page every visitor may read, signed in or not: its title, a lead and sections, all from the catalogue
 * (`publicPages.<page>.title|lead|<section>.title|text`; a text's paragraphs are separated by blank lines).
 */
export function PublicPage({ page, sections }: { page: string; sections: string[] }) {
  const { t } = useTranslation();
  const key = (name: string) => `publicPages.${page}.${name}`;
  return (
    <Page title={t(key('title'))}>
      <p className="lead">{t(key('lead'))}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`${page}-${section}`}>
          <h2 id={`${page}-${section}`}>{t(key(`${section}.title`))}</h2>
          {t(key(`${section}.text`))
            .split('\n\n')
            .map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
        </section>
      ))}
    </Page>
  );
}

export const AccessibilityPage = () => <PublicPage page="accessibility" sections={['status', 'method', 'feedback', 'enforcement']} />;
export const PrivacyPage = () => (
  <PublicPage page="privacy" sections={['controller', 'data', 'purposes', 'retention', 'cookies', 'rights']} />
);
export const HelpPage = () => <PublicPage page="help" sections={['right', 'delegations', 'contact', 'session']} />;
