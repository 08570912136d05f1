import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { account, channel, CPAS, SENDER, sender } from '../../../../test/sender-fixtures';
import { createQueryClient } from '../../../app/app';
import type { Language } from '../../../i18n/languages';
import { CloseSenderPage } from './close-sender-page';
import { SenderPage } from './sender-page';

function SenderFlash() {
  const { state } = useLocation();
  return <p>sender page: {(state as { flash: { key: string } }).flash.key}</p>;
}

const screenAt = (language: Language) =>
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/senders/:senderNumber/close" element={<CloseSenderPage />} />
      <Route path="/e/:cbe/senders/:senderNumber" element={<SenderFlash />} />
    </Routes>,
    { path: `/e/${CPAS}/senders/100001/close`, language },
  );

describe('closing a sender', () => {
  it('says in Dutch everything that stops and that the number is never reused, before anything is sent', async () => {
    const calls = fakeFetch({});
    screenAt('nl');
    expect(await screen.findByRole('heading', { name: 'Afzender 100001 sluiten' })).toBeInTheDocument();
    expect(screen.getByText(/zijn kanalen/)).toBeInTheDocument();
    expect(screen.getByText(/zijn REST-accounts/)).toBeInTheDocument();
    expect(screen.getByText(/de certificaten van die accounts/)).toBeInTheDocument();
    expect(screen.getByText(/de delegaties van die accounts/)).toBeInTheDocument();
    expect(screen.getByText(/het nummer 100001 wordt nooit opnieuw toegekend/)).toBeInTheDocument();
    // Closing is for good: the red warning button of GOV.UK, not the green of a normal action.
    expect(screen.getByRole('button', { name: 'Afzender sluiten' })).toHaveClass('button--warning');
    expect(calls).toEqual([]);
  });

  it('closes the sender and goes back to it with a confirmation', async () => {
    const calls = fakeFetch({
      [`POST ${SENDER}/close`]: { status: 200, body: { senderNumber: '100001', closedAt: '2026-12-07T00:00:00.000Z' } },
    });
    screenAt('fr');
    await userEvent.click(await screen.findByRole('button', { name: "Fermer l'expéditeur" }));
    expect(await screen.findByText('sender page: lifecycle.senderClosed')).toBeInTheDocument();
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([`POST ${SENDER}/close`]);
  });

  it('comes back to a sender page that shows what the closure ended, though its lists were just read', async () => {
    const closedAt = '2026-12-07T10:00:00.000Z';
    const answers: Parameters<typeof fakeFetch>[0] = {
      [`GET ${SENDER}`]: { status: 200, body: { ...sender, allowedActions: ['CLOSE'] } },
      [`GET ${SENDER}/contact-verification`]: { status: 200, body: { status: 'VERIFIED' } },
      [`GET ${SENDER}/channels?limit=20`]: { status: 200, body: { items: [channel] } },
      [`GET ${SENDER}/rest-accounts?limit=20`]: { status: 200, body: { items: [account] } },
    };
    fakeFetch(answers);
    renderScreen(
      <Routes>
        <Route path="/e/:cbe/senders/:senderNumber" element={<SenderPage />} />
        <Route path="/e/:cbe/senders/:senderNumber/close" element={<CloseSenderPage />} />
      </Routes>,
      // The application's cache: what was read less than ten seconds ago is shown again without asking.
      { path: `/e/${CPAS}/senders/100001`, language: 'fr', client: createQueryClient() },
    );
    expect(await screen.findByText('Service web SOAP', {}, { timeout: 5000 })).toBeInTheDocument();
    // What the service answers once the sender is closed: its channels removed, its account closed.
    Object.assign(answers, {
      [`POST ${SENDER}/close`]: { status: 200, body: { senderNumber: '100001', closedAt } },
      [`GET ${SENDER}`]: { status: 200, body: { ...sender, closedAt, allowedActions: [] } },
      [`GET ${SENDER}/channels?limit=20`]: { status: 200, body: { items: [] } },
      [`GET ${SENDER}/rest-accounts?limit=20`]: { status: 200, body: { items: [{ ...account, closedAt }] } },
    });
    await userEvent.click(screen.getByRole('link', { name: "Fermer l'expéditeur" }));
    await userEvent.click(await screen.findByRole('button', { name: "Fermer l'expéditeur" }));
    expect(await screen.findByText('Aucun canal pour le moment.')).toBeInTheDocument();
    expect(screen.queryByText('Service web SOAP')).not.toBeInTheDocument();
    expect(await screen.findByText('Fermé le 07/12/2026')).toBeInTheDocument();
  });
});
