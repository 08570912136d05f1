import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import type { Language } from '../../../i18n/languages';
import { AddMemberPage } from './add-member-page';

const CPAS = '0123456749';
const MEMBERS = `GET /api/v1/enterprises/${CPAS}/members?limit=1&userId=alice`;
const NOT_MEMBER = `GET /api/v1/enterprises/${CPAS}/members?limit=1&userId=carol`;
const alice = {
  userId: 'alice',
  name: 'Alice Martin',
  email: 'alice@cpas.be',
  position: 'CHIEF_ACCESS_MANAGER',
  holdsTechnicalChannelsRight: true,
  technicalChannelsRight: { basis: 'POSITION' },
};

function MembersFlash() {
  const { state } = useLocation();
  return <p>members page: {(state as { flash: { key: string } }).flash.key}</p>;
}

const screenAt = (language: Language = 'fr') =>
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/members/new" element={<AddMemberPage />} />
      <Route path="/e/:cbe/members" element={<MembersFlash />} />
    </Routes>,
    { path: `/e/${CPAS}/members/new`, language },
  );

const fill = async (userId: string) => {
  await userEvent.type(await screen.findByLabelText(/^(Identifiant de connexion|Aanmeldings-id)/), userId);
  await userEvent.type(screen.getByLabelText(/^(Nom complet|Volledige naam)/), 'Carol Dubois');
  await userEvent.type(screen.getByLabelText(/^(Adresse e-mail|E-mailadres)/), 'carol@cpas.be');
};

describe('adding a member', () => {
  it('summarises missing answers and says each next to its field', async () => {
    fakeFetch({ [MEMBERS]: { status: 200, body: { items: [alice] } } });
    screenAt();
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(screen.getByLabelText(/^Identifiant de connexion/)).toHaveAccessibleDescription(
      /Erreur : Indiquez l'identifiant de connexion\./,
    );
    expect(screen.getByLabelText(/^Nom complet/)).toHaveAccessibleDescription('Erreur : Indiquez le nom complet.');
    expect(screen.getByRole('link', { name: "Adresse e-mail : Indiquez l'adresse e-mail." })).toHaveAttribute('href', '#field-email');
    expect(screen.getByRole('radio', { name: 'Utilisateur' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: "Gestionnaire d'accès principal" })).not.toBeInTheDocument();
  });

  it('refuses, in Dutch, a person who is already a member, without sending anything', async () => {
    const calls = fakeFetch({ [MEMBERS]: { status: 200, body: { items: [alice] } } });
    screenAt('nl');
    await fill('alice');
    await userEvent.click(screen.getByRole('button', { name: 'Een lid toevoegen' }));
    expect(await screen.findByRole('link', { name: /Aanmeldings-id : Deze persoon is al lid van de onderneming/ })).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([]);
  });

  it('appoints the person in the chosen position and goes back to the members with a confirmation', async () => {
    const calls = fakeFetch({
      [NOT_MEMBER]: { status: 200, body: { items: [] } },
      [`PUT /api/v1/enterprises/${CPAS}/members/carol`]: {
        status: 201,
        body: { ...alice, userId: 'carol', name: 'Carol Dubois', position: 'GROUP_MANAGER' },
      },
    });
    screenAt();
    await fill('carol');
    await userEvent.click(screen.getByRole('radio', { name: 'Gestionnaire de groupe' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un membre' }));
    expect(await screen.findByText('members page: members.added')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      name: 'Carol Dubois',
      email: 'carol@cpas.be',
      position: 'GROUP_MANAGER',
    });
  });

  it("shows the service's field issue next to its field", async () => {
    fakeFetch({
      [NOT_MEMBER]: { status: 200, body: { items: [] } },
      [`PUT /api/v1/enterprises/${CPAS}/members/carol`]: {
        status: 400,
        body: {
          type: 'urn:problem-type:belgif:badRequest',
          status: 400,
          title: 'Bad Request',
          code: 'badRequest',
          issues: [{ in: 'body', name: 'email', value: 'x', detail: 'email must be an email' }],
        },
      },
    });
    screenAt();
    await fill('carol');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un membre' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Adresse e-mail/)).toHaveAccessibleDescription(
        /Le service a refusé cette valeur. \(email must be an email\)/,
      ),
    );
    expect(screen.getByRole('link', { name: /Adresse e-mail : Le service a refusé cette valeur/ })).toBeInTheDocument();
  });
});
