import type { MyEnterprise } from '@chaman/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { EnterpriseNav } from '../../../app/layout/enterprise-nav';
import type { Language } from '../../../i18n/languages';
import { MembersPage } from './members-page';

const CPAS = '0123456749';
const ME = 'GET /api/v1/me';
const RIGHT = (userId: string) => `/api/v1/enterprises/${CPAS}/members/${userId}/permissions/chaman.technical-channels`;
const enterprise = (position: string) =>
  ({
    enterpriseNumber: CPAS,
    name: 'CPAS de Liège',
    qualities: ['CPAS'],
    position,
    holdsTechnicalChannelsRight: true,
    senders: [],
  }) as unknown as MyEnterprise;
const me = (position: string) => ({
  status: 200,
  body: { userId: 'gaston', isOperator: false, sendersKnown: true, enterprises: [enterprise(position)] },
});
const permission = (held: boolean) => ({
  enterpriseNumber: CPAS,
  userId: 'carol',
  permission: 'chaman.technical-channels',
  held,
  basis: held ? 'GRANT' : 'REVOKED',
});
const notMember = {
  status: 404,
  body: {
    type: 'urn:problem-type:belgif:resourceNotFound',
    status: 404,
    title: 'Resource Not Found',
    code: 'resourceNotFound',
    detail: 'No member dan in enterprise 0123456749.',
  },
};

const screenAt = (language: Language = 'fr') =>
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/members" element={<MembersPage />} />
    </Routes>,
    { path: `/e/${CPAS}/members`, language },
  );

const loginId = () => screen.findByLabelText(/^(Identifiant de connexion|Aanmeldings-id)/);

describe('the members page of a group manager', () => {
  it('shows a form to name the person instead of the list, which only access managers may see', async () => {
    const calls = fakeFetch({ [ME]: me('GROUP_MANAGER') });
    screenAt();
    expect(await screen.findByRole('heading', { level: 1, name: 'Octroyer ou retirer le droit' })).toHaveFocus();
    expect(await loginId()).toHaveAccessibleDescription(/gestionnaire de groupe se décide par un gestionnaire d'accès/);
    expect(screen.getByRole('button', { name: 'Retirer le droit' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(calls.map((call) => call.path)).toEqual(['/api/v1/me']);
  });

  it('grants the right to the person named, says so and takes the focus there', async () => {
    const calls = fakeFetch({ [ME]: me('GROUP_MANAGER'), [`PUT ${RIGHT('carol')}`]: { status: 200, body: permission(true) } });
    screenAt();
    await userEvent.type(await loginId(), ' carol ');
    await userEvent.click(screen.getByRole('button', { name: 'Octroyer le droit' }));
    const said = await screen.findByText('carol a maintenant le droit « Chaman - Gestion des canaux techniques ».');
    expect(said.parentElement).toHaveFocus();
    expect(calls.filter((call) => call.method !== 'GET').map((call) => `${call.method} ${call.path}`)).toEqual([`PUT ${RIGHT('carol')}`]);
    expect(await loginId()).toHaveValue('');
  });

  it('withdraws it, in Dutch', async () => {
    const calls = fakeFetch({ [ME]: me('GROUP_MANAGER'), [`DELETE ${RIGHT('carol')}`]: { status: 200, body: permission(false) } });
    screenAt('nl');
    await userEvent.type(await loginId(), 'carol');
    await userEvent.click(screen.getByRole('button', { name: 'Het recht intrekken' }));
    expect(await screen.findByText('carol heeft het recht ‘Chaman - Beheer van de technische kanalen’ niet meer.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'DELETE')).toBe(true);
  });

  it('says next to the field that nobody of the enterprise has that login id, and summarises it at the top', async () => {
    fakeFetch({ [ME]: me('GROUP_MANAGER'), [`PUT ${RIGHT('dan')}`]: notMember });
    screenAt();
    await userEvent.type(await loginId(), 'dan');
    await userEvent.click(screen.getByRole('button', { name: 'Octroyer le droit' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(screen.getByLabelText(/^Identifiant de connexion/)).toHaveAccessibleDescription(
      /Erreur : Aucun membre de l'entreprise n'a cet identifiant/,
    );
    expect(screen.getByRole('link', { name: /^Identifiant de connexion : Aucun membre de l'entreprise/ })).toHaveAttribute(
      'href',
      '#field-userId',
    );
    expect(screen.queryByText(/a maintenant le droit/)).not.toBeInTheDocument();
  });

  it('asks for the login id before sending anything, and says a refusal about no field at the top', async () => {
    const calls = fakeFetch({
      [ME]: me('GROUP_MANAGER'),
      [`PUT ${RIGHT('carol')}`]: {
        status: 503,
        body: { type: 'urn:problem-type:belgif:serviceUnavailable', status: 503, title: 'Service Unavailable', code: 'serviceUnavailable' },
      },
    });
    screenAt('nl');
    await userEvent.click(await screen.findByRole('button', { name: 'Het recht toekennen' }));
    expect(await screen.findByRole('link', { name: /^Aanmeldings-id : / })).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([]);
    await userEvent.type(screen.getByLabelText(/^Aanmeldings-id/), 'carol');
    await userEvent.click(screen.getByRole('button', { name: 'Het recht toekennen' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: /^Aanmeldings-id : / })).not.toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent(/Er is een probleem/);
    expect(screen.getByLabelText(/^Aanmeldings-id/)).not.toHaveAttribute('aria-invalid');
  });
});

describe('the sections of an enterprise', () => {
  it.each([
    ['ACCESS_MANAGER', 'Membres et droits'],
    ['GROUP_MANAGER', 'Droits'],
  ])('leads a %s to the members page as "%s"', (position, label) => {
    renderScreen(<EnterpriseNav enterprise={enterprise(position)} />);
    expect(screen.getByRole('link', { name: label })).toHaveAttribute('href', `/e/${CPAS}/members`);
  });

  it('shows a user no members page', () => {
    renderScreen(<EnterpriseNav enterprise={enterprise('USER')} />);
    expect(screen.queryByRole('link', { name: /Membres|Droits/ })).not.toBeInTheDocument();
  });
});

describe('the members page of the chief access manager', () => {
  it('leads the chief, and only the chief, to the hand-over of the role', async () => {
    const list = { status: 200, body: { items: [] } };
    fakeFetch({ [ME]: me('CHIEF_ACCESS_MANAGER'), [`GET /api/v1/enterprises/${CPAS}/members?limit=20`]: list });
    const { unmount } = screenAt('fr');
    expect(await screen.findByRole('link', { name: "Remettre mon rôle de gestionnaire d'accès principal" })).toHaveAttribute(
      'href',
      `/e/${CPAS}/members/chief`,
    );
    unmount();
    fakeFetch({ [ME]: me('ACCESS_MANAGER'), [`GET /api/v1/enterprises/${CPAS}/members?limit=20`]: list });
    screenAt('fr');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Remettre mon rôle/ })).not.toBeInTheDocument();
  });
});
