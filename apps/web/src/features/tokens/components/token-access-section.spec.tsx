import type { CertificateView } from '@chaman/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { TokenAccessSection } from './token-access-section';

const DISCOVERY = {
  'GET /.well-known/oauth-authorization-server': {
    status: 200,
    body: { issuer: 'https://chaman.example', token_endpoint: 'https://chaman.example/oauth/token' },
  },
};
const certificate = (id: string, name: string) => ({ id, name, fingerprint: `${id}:FP` }) as CertificateView;
const certificates = [certificate('c1', 'production 2026'), certificate('c2', 'production 2027')];

describe("a REST account's token access", () => {
  it('shows the token endpoint, the client id, the certificate that got the latest token to the minute, and an example filled in', async () => {
    fakeFetch(DISCOVERY);
    const usage = {
      accountId: 'a1',
      certificates: [
        { certificateId: 'c1', fingerprint: 'c1:FP', lastUsedAt: '2026-12-01T09:12:00Z' },
        { certificateId: 'c2', fingerprint: 'c2:FP', lastUsedAt: '2026-12-06T14:37:00Z' },
      ],
    };
    renderScreen(<TokenAccessSection clientId="client-abc" certificates={certificates} usage={usage} />, { language: 'en' });
    const list = screen.getByRole('heading', { level: 2, name: 'Getting an access token' }).parentElement!;
    expect(await within(list).findByText('https://chaman.example/oauth/token')).toBeInTheDocument();
    expect(within(list).getByText('client-abc')).toBeInTheDocument();
    const when = new Date('2026-12-06T14:37:00Z').toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
    expect(within(list).getByText(`production 2027, on ${when}`)).toBeInTheDocument();
    expect(screen.getByLabelText('Example to copy')).toHaveTextContent('CHAMAN_ISSUER=https://chaman.example CLIENT_ID=client-abc');
  });

  it('copies the example and says so', async () => {
    fakeFetch(DISCOVERY);
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderScreen(<TokenAccessSection clientId="client-abc" certificates={certificates} usage={undefined} />, { language: 'nl' });
    await userEvent.click(await screen.findByRole('button', { name: 'Kopiëren Voorbeeld om te kopiëren' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('node examples/rest-client/src/main.ts'));
    expect(await screen.findByRole('status')).toHaveTextContent('Gekopieerd.');
  });

  it("tells a technical intermediary that the client id is the company's, and leaves a placeholder in the example", async () => {
    fakeFetch(DISCOVERY);
    renderScreen(<TokenAccessSection certificates={certificates} usage={undefined} />, { language: 'de' });
    expect(
      screen.getByText('Die Client-ID des Unternehmens: Das Unternehmen teilt sie Ihnen mit (sie steht auf der Seite seines Kontos).'),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('Beispiel zum Kopieren')).toHaveTextContent('CLIENT_ID=<client-id>');
  });

  it('says when no certificate has obtained a token yet, and when the OAuth server does not answer', async () => {
    fakeFetch({ 'GET /.well-known/oauth-authorization-server': { status: 503 } });
    renderScreen(<TokenAccessSection clientId="client-abc" certificates={certificates} usage={{ accountId: 'a1', certificates: [] }} />, {
      language: 'fr',
    });
    expect(screen.getByText("Aucun certificat n'a encore obtenu de jeton.")).toBeInTheDocument();
    expect(await screen.findByText('Le serveur OAuth ne répond pas pour le moment.')).toBeInTheDocument();
    expect(screen.queryByText('Exemple à copier')).not.toBeInTheDocument();
  });
});
