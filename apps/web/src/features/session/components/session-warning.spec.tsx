import { act, screen } from '@testing-library/react';
import { renderScreen } from '../../../../test/render';
import { SessionWarning, WARN_BEFORE_MS } from './session-warning';

describe('the warning before the session ends', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-01T15:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('says nothing until five minutes before the end, then offers to log in again back to this page, then says it ended', () => {
    const end = new Date(Date.now() + WARN_BEFORE_MS + 60_000);
    renderScreen(<SessionWarning expiresAt={end.toISOString()} />, { path: '/e/0123456749/delegations?status=PENDING', language: 'nl' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => jest.advanceTimersByTime(60_000));
    expect(screen.getByRole('alert')).toHaveTextContent(/^Uw sessie eindigt om \d{2}:\d{2}\./);
    expect(screen.getByRole('link', { name: 'Aangemeld blijven (opnieuw aanmelden)' })).toHaveAttribute(
      'href',
      `/auth/login?returnTo=${encodeURIComponent('/e/0123456749/delegations?status=PENDING')}`,
    );
    act(() => jest.advanceTimersByTime(WARN_BEFORE_MS));
    expect(screen.getByRole('alert')).toHaveTextContent(/^Uw sessie is geëindigd om/);
    expect(screen.getByRole('link', { name: 'Opnieuw aanmelden' })).toBeInTheDocument();
  });
});
