import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { CreateSenderPage } from './create-sender-page';

const screenAt = (language: 'fr' | 'nl' = 'fr') =>
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/senders/new" element={<CreateSenderPage />} />
      <Route path="/e/:cbe/senders/:senderNumber" element={<p>sender page</p>} />
    </Routes>,
    { path: '/e/0123456749/senders/new?quality=CPAS', language },
  );

const fillContact = async (email: string) => {
  await userEvent.type(screen.getByLabelText('Prénom'), 'Alice');
  await userEvent.type(screen.getByLabelText('Nom'), 'Martin');
  await userEvent.type(screen.getByLabelText('Adresse e-mail'), email);
  await userEvent.click(screen.getByLabelText('Français'));
};

describe('creating the sender', () => {
  it('says why one person and one e-mail only, and focuses its heading', () => {
    screenAt();
    expect(screen.getByRole('heading', { level: 1, name: "Créer l'expéditeur CPAS" })).toHaveFocus();
    expect(screen.getByText(/Une seule personne et une seule adresse e-mail/)).toBeInTheDocument();
  });

  it('summarises missing answers at the top, linked to fields that say what is wrong', async () => {
    screenAt();
    await userEvent.click(screen.getByRole('button', { name: "Créer l'expéditeur" }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: /Prénom : Indiquez le prénom/ })).toHaveAttribute('href', '#field-contact-firstName');
    const firstName = screen.getByLabelText('Prénom');
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(firstName).toHaveAccessibleDescription('Erreur : Indiquez le prénom.');
    expect(screen.getByRole('group', { name: 'Langue de contact' })).toHaveAccessibleDescription(/Choisissez la langue de contact/);
  });

  it('refuses a list of addresses before sending anything', async () => {
    const calls = fakeFetch({});
    screenAt();
    await fillContact('a@x.be; b@y.be');
    await userEvent.click(screen.getByRole('button', { name: "Créer l'expéditeur" }));
    expect(await screen.findByRole('link', { name: /Adresse e-mail : Indiquez une seule adresse e-mail valide/ })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it("shows the service's field issue next to its field and in the summary", async () => {
    fakeFetch({
      'POST /api/v1/enterprises/0123456749/senders': {
        status: 400,
        body: {
          type: 'urn:problem-type:belgif:badRequest',
          status: 400,
          title: 'Bad Request',
          code: 'badRequest',
          issues: [{ in: 'body', name: 'contact.email', value: 'x', detail: 'email must be one e-mail address' }],
        },
      },
    });
    screenAt();
    await fillContact('alice@cpas.be');
    await userEvent.click(screen.getByRole('button', { name: "Créer l'expéditeur" }));
    await waitFor(() =>
      expect(screen.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription(
        /Le service a refusé cette valeur. \(email must be one e-mail address\)/,
      ),
    );
    expect(screen.getByRole('link', { name: /Adresse e-mail : Le service a refusé cette valeur/ })).toBeInTheDocument();
  });

  it("says a refusal without field issues in the reader's language", async () => {
    fakeFetch({
      'POST /api/v1/enterprises/0123456749/senders': {
        status: 409,
        body: { type: 'urn:problem-type:chaman:senderAlreadyExists', status: 409, title: 'x', code: 'senderAlreadyExists' },
      },
    });
    screenAt();
    await fillContact('alice@cpas.be');
    await userEvent.click(screen.getByRole('button', { name: "Créer l'expéditeur" }));
    expect(await screen.findByText('Cet expéditeur existe déjà pour cette qualité.')).toBeInTheDocument();
  });

  it('sends the quality and the contact, without an empty phone, then opens the sender', async () => {
    const calls = fakeFetch({
      'POST /api/v1/enterprises/0123456749/senders': { status: 201, body: { senderNumber: '100001' } },
      'GET /api/v1/me': { status: 200, body: {} },
    });
    screenAt();
    await fillContact('alice@cpas.be');
    await userEvent.click(screen.getByRole('button', { name: "Créer l'expéditeur" }));
    expect(await screen.findByText('sender page')).toBeInTheDocument();
    expect(calls[0].body).toEqual({
      quality: 'CPAS',
      contact: { firstName: 'Alice', lastName: 'Martin', email: 'alice@cpas.be', language: 'fr' },
    });
  });
});
