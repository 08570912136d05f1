import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { account, channel, CPAS, SENDER, sender } from '../../../../test/sender-fixtures';
import type { Language } from '../../../i18n/languages';
import { SenderPage } from './sender-page';

const pending = { senderNumber: '100001', email: 'lea@example.be', status: 'PENDING', sentAt: '2026-12-01T00:00:00.000Z' };

const senderPage = (answer: object, language: Language, verification: object = pending, restAccount: object = account) =>
  fakeFetch({
    [`GET ${SENDER}`]: { status: 200, body: answer },
    [`GET ${SENDER}/contact-verification`]: { status: 200, body: verification },
    [`POST ${SENDER}/contact-verification`]: { status: 200, body: { ...pending, sentAt: '2026-12-02T00:00:00.000Z' } },
    [`GET ${SENDER}/channels?limit=20`]: { status: 200, body: { items: [channel] } },
    [`GET ${SENDER}/rest-accounts?limit=20`]: { status: 200, body: { items: [restAccount] } },
  });

const showSender = (answer: object, language: Language, verification?: object, restAccount?: object) => {
  const calls = senderPage(answer, language, verification, restAccount);
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/senders/:senderNumber" element={<SenderPage />} />
    </Routes>,
    { path: `/e/${CPAS}/senders/100001`, language },
  );
  return calls;
};

describe('a sender page', () => {
  it('offers what the service allows on an open sender', async () => {
    showSender({ ...sender, allowedActions: ['REPLACE_CONTACT', 'ADD_CHANNEL', 'CREATE_REST_ACCOUNT', 'CLOSE'] }, 'fr');
    // The first render of the suite is slow on a loaded machine: more than findBy's second.
    expect(await screen.findByRole('link', { name: 'Aide sociale' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Remplacer le responsable technique' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ajouter le canal' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Fermer le canal Service web SOAP' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Créer le compte REST' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Fermer l'expéditeur" })).toBeInTheDocument();
  });

  it('shows a closed sender read-only in Dutch: its accounts, closed, and the closing date, no add, replace or close', async () => {
    const closedAt = '2026-12-05T10:00:00.000Z';
    showSender({ ...sender, closedAt, allowedActions: [] }, 'nl', { ...pending, status: 'VERIFIED' }, { ...account, closedAt });
    expect(await screen.findByRole('link', { name: 'Aide sociale' })).toBeInTheDocument();
    expect(screen.getByText('Gesloten op 5-12-2026')).toBeInTheDocument();
    expect(screen.getByText(/Afzender gesloten op 5-12-2026/)).toBeInTheDocument();
    expect(await screen.findByText('SOAP-webdienst')).toBeInTheDocument();
    expect(screen.queryAllByRole('link').map((link) => link.textContent)).toEqual(['Aide sociale']);
    expect(screen.getByText('Adres bevestigd')).toBeInTheDocument();
  });

  it('says the contact has not confirmed their address yet and mails a new link on request, in German', async () => {
    const calls = showSender({ ...sender, allowedActions: ['REPLACE_CONTACT'] }, 'de');
    expect(await screen.findByText('Noch nicht bestätigt', {}, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Bestätigungslink erneut senden' }));
    expect(await screen.findByText('Ein neuer Bestätigungslink wurde an den technischen Verantwortlichen gesendet.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual([`${SENDER}/contact-verification`]);
  });

  it('offers no new link to those who may not replace the contact', async () => {
    showSender({ ...sender, allowedActions: [] }, 'en');
    expect(await screen.findByText('Not confirmed yet', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the confirmation link again' })).not.toBeInTheDocument();
  });
});
