import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../../components/layout/page';
import { paths } from '../paths';
import { isChunkLoadError } from './chunk-error';

interface BoundaryState {
  error: Error | null;
}

class Boundary extends Component<{ children: ReactNode }, BoundaryState> {
  state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Left in the console for whoever the person asks for help.
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

/**
 * One screen's failure stays in that screen: the header, navigation and language switch keep working, and another
 * address starts afresh (the boundary is keyed by the path).
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary key={pathname}>{children}</Boundary>;
}

/** A failed chunk (a new version was deployed) offers a reload; anything else says what to do next. */
function RouteError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const stale = isChunkLoadError(error);
  return (
    <Page title={t(stale ? 'routeError.staleTitle' : 'routeError.title')}>
      <p>{t(stale ? 'routeError.stale' : 'routeError.unexpected')}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <Link className="button button--secondary" to={paths.home}>
          {t('routeError.home')}
        </Link>
      </div>
      {!stale && (
        <p>
          {t('routeError.persists')} <Link to={paths.help}>{t('routeError.help')}</Link>
        </p>
      )}
    </Page>
  );
}
