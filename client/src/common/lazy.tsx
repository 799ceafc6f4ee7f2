import { Button } from '@codegouvfr/react-dsfr/Button';
import {
  Component,
  lazy,
  Suspense,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router';
import { Page } from './Page';
import { Loading } from './states';

/**
 * A screen loaded when first shown (its own chunk): the agent's first screen does not carry the
 * hosts', managers' and programme team's code (issue 14 item 6, ≤ 250 KB of JS gzipped).
 */
export function lazyScreen<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  pathname: string;
}

/**
 * A screen's chunk that cannot be loaded (network lost, or a new version deployed meanwhile, whose
 * files replaced those of the page) says so in French and offers to reload, instead of a blank page.
 */
class ScreenLoadBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  // Another address starts afresh: a failure on one screen does not stick to the next (a key would
  // do it too, but would also remount a screen that stays, e.g. from one mission to another).
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Page title="Cette page n’a pas pu être chargée">
        <p>
          Vérifiez votre connexion, puis rechargez la page : une nouvelle version du service a peut-être été
          mise en ligne.
        </p>
        <Button iconId="fr-icon-refresh-line" onClick={() => window.location.reload()}>
          Recharger la page
        </Button>
      </Page>
    );
  }
}

/** Where lazy screens appear: a French loading state meanwhile, and their load failure told. */
export function Screens({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ScreenLoadBoundary pathname={pathname}>
      <Suspense
        fallback={
          <div className="fr-container fr-my-6w">
            <Loading label="Chargement de la page…" />
          </div>
        }
      >
        {children}
      </Suspense>
    </ScreenLoadBoundary>
  );
}
