import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Loading } from '../common/states';
import { signInHref, useSession, type SignedInAgent } from './session';

/** Renders its children for a signed-in agent; a sign-in invitation otherwise. */
export function RequireAgent({ children }: { children: (agent: SignedInAgent) => ReactNode }) {
  const { agent, loading, failed } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (failed) {
    return (
      <Alert
        severity="error"
        title="Connexion impossible à vérifier"
        description="Le service des profils ne répond pas. Réessayez dans un instant."
      />
    );
  }
  if (!agent) {
    return (
      <div className={fr.cx('fr-my-4w')}>
        <Alert
          severity="info"
          title="Connectez-vous pour accéder à cette page"
          description="Cette page montre des informations qui vous sont propres."
          className={fr.cx('fr-mb-3w')}
        />
        <Button
          linkProps={{ to: signInHref(location.pathname + location.search), reloadDocument: true }}
          iconId="fr-icon-account-circle-line"
        >
          Se connecter
        </Button>
      </div>
    );
  }
  return <>{children(agent)}</>;
}
