import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import type { Language } from '../../../i18n/languages';
import { ContactVerificationPage } from './contact-verification-page';

const TOKEN = 'q'.repeat(43);
const CONFIRM = `POST /api/v1/contact-verifications/${TOKEN}`;

const landing = (answer: { status: number; body?: unknown }, language: Language) => {
  const calls = fakeFetch({ [CONFIRM]: answer });
  renderScreen(
    <Routes>
      <Route path="/contact-verification/:token" element={<ContactVerificationPage />} />
    </Routes>,
    { path: `/contact-verification/${TOKEN}`, language },
  );
  return calls;
};

describe('the page a verification link opens', () => {
  it('changes nothing when opened, and confirms on the click, in French', async () => {
    const calls = landing(
      {
        status: 200,
        body: { senderNumber: '100001', email: 'lea@example.be', status: 'VERIFIED', verifiedAt: '2026-12-07T10:00:00.000Z' },
      },
      'fr',
    );
    const button = await screen.findByRole('button', { name: 'Confirmer mon adresse' }, { timeout: 5000 });
    expect(calls).toEqual([]);
    await userEvent.click(button);
    expect(await screen.findByText(/l'adresse lea@example\.be est confirmée/)).toBeInTheDocument();
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([CONFIRM]);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says in Dutch that an expired link needs a new one', async () => {
    landing(
      { status: 410, body: { type: 'urn:problem-type:chaman:verificationTokenExpired', status: 410, code: 'verificationTokenExpired' } },
      'nl',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Mijn adres bevestigen' }, { timeout: 5000 }));
    expect(await screen.findByText(/Deze bevestigingslink is verlopen/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps the button for another try when the service could not answer', async () => {
    landing({ status: 503, body: { type: 'urn:problem-type:belgif:serviceUnavailable', status: 503, code: 'serviceUnavailable' } }, 'fr');
    await userEvent.click(await screen.findByRole('button', { name: 'Confirmer mon adresse' }, { timeout: 5000 }));
    expect(await screen.findByText('Le service est momentanément indisponible. Réessayez dans quelques minutes.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirmer mon adresse' })).toBeEnabled();
  });

  it('says in English that a used link already confirmed the address', async () => {
    landing(
      { status: 409, body: { type: 'urn:problem-type:chaman:verificationTokenUsed', status: 409, code: 'verificationTokenUsed' } },
      'en',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm my address' }, { timeout: 5000 }));
    expect(await screen.findByText('This link was already used: your address is confirmed.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
