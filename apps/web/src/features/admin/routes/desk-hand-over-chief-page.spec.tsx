import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CHIEF, CPAS, Landed, member, members } from '../../../../test/chief-hand-over';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderRoutes } from '../../../../test/render';
import type { Language } from '../../../i18n/languages';
import { DeskHandOverChiefPage } from './desk-hand-over-chief-page';

const screenAt = (path: string, language: Language) =>
  renderRoutes(
    { '/operator/desk/enterprises/:cbe/chief': <DeskHandOverChiefPage />, '/operator/desk/enterprises/:cbe': <Landed /> },
    { path, language },
  );

describe('the desk: replacing the chief access manager', () => {
  it("lets a platform operator replace the chief from the desk's list of members", async () => {
    const calls = fakeFetch({
      [`GET /api/v1/enterprises/${CPAS}`]: { status: 200, body: { enterpriseNumber: CPAS, name: 'CPAS de Liège' } },
      [`GET /api/v1/admin/enterprises/${CPAS}/members?limit=20`]: members,
      [`PUT ${CHIEF}`]: { status: 200, body: member('carol', 'Carol Peeters', 'CHIEF_ACCESS_MANAGER') },
    });
    screenAt(`/operator/desk/enterprises/${CPAS}/chief`, 'fr');
    expect(await screen.findByText('Entreprise CPAS de Liège')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('radio', { name: /Carol Peeters/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Remettre le rôle' }));
    expect(await screen.findByText(`landed on /operator/desk/enterprises/${CPAS}: lifecycle.chiefHandedOver`)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PUT').map((call) => call.body)).toEqual([{ userId: 'carol' }]);
  });
});
