import { screen } from '@testing-library/react';
import { renderScreen } from '../../../../test/render';
import { AccessibilityPage, HelpPage, PrivacyPage } from './public-page';

describe('the pages a public-sector service owes its visitors', () => {
  it('states the accessibility of the service under directive 2016/2102, with a contact and the enforcement body', () => {
    renderScreen(<AccessibilityPage />);
    expect(screen.getByRole('heading', { level: 1, name: "Déclaration d'accessibilité" })).toBeInTheDocument();
    expect(screen.getByText(/directive \(UE\) 2016\/2102/)).toBeInTheDocument();
    expect(screen.getByText(/WCAG\) 2\.1, niveau AA/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Procédure de recours' })).toBeInTheDocument();
  });

  it('tells, in Dutch, what is recorded, why and the rights, with the one cookie', () => {
    renderScreen(<PrivacyPage />, { language: 'nl' });
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy' })).toBeInTheDocument();
    expect(screen.getByText(/„chaman_session”/)).toBeInTheDocument();
    expect(screen.getByText(/Gegevensbeschermingsautoriteit/)).toBeInTheDocument();
  });

  it('says whom to contact for help', () => {
    renderScreen(<HelpPage />, { language: 'de' });
    expect(screen.getByRole('heading', { level: 2, name: 'Helpdesk' })).toBeInTheDocument();
  });
});
