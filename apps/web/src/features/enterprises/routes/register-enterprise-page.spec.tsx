import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { RegisterEnterprisePage } from './register-enterprise-page';

describe("the operators' registration of an enterprise", () => {
  it('offers every quality of the contracts, in words, and sends the chosen ones as codes', async () => {
    const calls = fakeFetch({
      'POST /api/v1/enterprises': {
        status: 201,
        body: { enterpriseNumber: '0403170701', name: 'SoftHouse', qualities: ['TECHNICAL_INTERMEDIARY', 'SOCIAL_SECRETARIAT'] },
      },
    });
    renderScreen(<RegisterEnterprisePage />, { language: 'nl' });
    const qualities = screen.getByRole('group', { name: /Hoedanigheden van de onderneming/ });
    // The six qualities of libs/contracts (Quality), none written by hand in the client.
    expect(
      within(qualities)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['EMPLOYER', 'CPAS', 'SOCIAL_SECRETARIAT', 'SERVICE_PROVIDER', 'TECHNICAL_INTERMEDIARY', 'PUBLIC_INSTITUTION']);
    expect(within(qualities).getByRole('checkbox', { name: 'OCMW' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Ondernemingsnummer (KBO)', { exact: false }), '0403170701');
    await userEvent.type(screen.getByLabelText('Naam van de onderneming'), 'SoftHouse');
    await userEvent.click(within(qualities).getByRole('checkbox', { name: 'Technische tussenpersoon' }));
    await userEvent.click(within(qualities).getByRole('checkbox', { name: 'Sociaal secretariaat' }));
    const chief = screen.getAllByRole('textbox');
    await userEvent.type(chief[2], 'bob');
    await userEvent.type(chief[3], 'Bob Peeters');
    await userEvent.type(chief[4], 'bob@softhouse.be');
    await userEvent.click(screen.getByRole('button', { name: /registreren/i }));
    expect(await screen.findByText(/De onderneming SoftHouse \(0403.170.701\) is geregistreerd/)).toBeInTheDocument();
    const [post] = calls.filter((call) => call.method === 'POST');
    expect((post.body as { qualities: string[] }).qualities.sort()).toEqual(['SOCIAL_SECRETARIAT', 'TECHNICAL_INTERMEDIARY']);
  });
});
