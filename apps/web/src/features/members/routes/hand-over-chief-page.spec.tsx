import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CHIEF, CPAS, Landed, member, members } from '../../../../test/chief-hand-over';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderRoutes } from '../../../../test/render';
import type { Language } from '../../../i18n/languages';
import { HandOverChiefPage } from './hand-over-chief-page';

const screenAt = (path: string, language: Language) =>
  renderRoutes({ '/e/:cbe/members/chief': <HandOverChiefPage />, '/e/:cbe/members': <Landed /> }, { path, language });

describe('handing over the chief access manager role', () => {
  it('lets the chief pick another member, says both are told by mail, and sends the choice', async () => {
    const calls = fakeFetch({
      [`GET /api/v1/enterprises/${CPAS}/members?limit=20`]: members,
      [`PUT ${CHIEF}`]: { status: 200, body: member('carol', 'Carol Peeters', 'CHIEF_ACCESS_MANAGER') },
    });
    screenAt(`/e/${CPAS}/members/chief`, 'nl');
    expect(await screen.findByText('Huidige hoofdtoegangsbeheerder: Gaston Lagaffe.')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Wie wordt hoofdtoegangsbeheerder?' });
    expect(group).toHaveAccessibleDescription(/krijgen allebei een e-mail/);
    expect(screen.queryByRole('radio', { name: /Gaston/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rol overdragen' }));
    expect((await screen.findAllByText('Kies een lid.')).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('radio', { name: /Carol Peeters \(carol\)/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Rol overdragen' }));
    expect(await screen.findByText(`landed on /e/${CPAS}/members: lifecycle.chiefHandedOver`)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PUT').map((call) => call.body)).toEqual([{ userId: 'carol' }]);
  });
});
