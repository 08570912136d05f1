import { render, screen } from '@testing-library/react';
import { startTestI18n } from '../../../test/i18n';
import { openingDocument, Page } from './page';

describe('a page', () => {
  beforeAll(() => startTestI18n('fr'));

  it('takes the focus on its heading when it opens inside the application', () => {
    render(<Page title="Expéditeur 100000" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Expéditeur 100000' })).toHaveFocus();
  });

  it("leaves it at the top of the document when it is the document's first, then the next page takes it", () => {
    openingDocument();
    const first = render(<Page title="Premier écran" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Premier écran' })).not.toHaveFocus();
    expect(document.activeElement).toBe(document.body);
    first.unmount();
    render(<Page title="Écran suivant" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Écran suivant' })).toHaveFocus();
  });
});
