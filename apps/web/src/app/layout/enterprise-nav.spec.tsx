import type { MyEnterprise } from '@chaman/contracts';
import { screen } from '@testing-library/react';
import { renderScreen } from '../../../test/render';
import { EnterpriseNav } from './enterprise-nav';

const enterprise = (qualities: string[], delegableQualities: string[], actsAsIntermediary: boolean) =>
  ({
    enterpriseNumber: '0123456749',
    name: 'X',
    qualities,
    position: 'ACCESS_MANAGER',
    holdsTechnicalChannelsRight: true,
    senders: [],
    delegableQualities,
    actsAsIntermediary,
  }) as unknown as MyEnterprise;

describe('the navigation of an enterprise', () => {
  it.each([
    ['a CPAS, which may delegate', enterprise(['CPAS'], ['CPAS'], false), true],
    ['an intermediary', enterprise(['TECHNICAL_INTERMEDIARY'], [], true), true],
    ['a CPAS that is an intermediary too', enterprise(['CPAS', 'TECHNICAL_INTERMEDIARY'], ['CPAS'], true), true],
    ['an employer, whose quality the service does not let delegate', enterprise(['EMPLOYER'], [], false), false],
  ])('shows the delegations to %s only where GET /me says it can take part', (_, subject, shown) => {
    renderScreen(<EnterpriseNav enterprise={subject} />);
    expect(screen.queryByRole('link', { name: 'Délégations' }) !== null).toBe(shown);
    expect(screen.getByRole('link', { name: 'Expéditeurs' })).toBeInTheDocument();
  });
});
