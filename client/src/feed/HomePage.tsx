import { fr } from '@codegouvfr/react-dsfr';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Page } from '../common/Page';
import { Loading } from '../common/states';
import { signInHref, useSession } from '../session/session';
import { LiveFeed } from './LiveFeed';
import { Recommended } from './Recommended';

/** An agent's home: the live feed and the recommendations; a visitor's: what the programme is. */
export function HomePage() {
  const { agent, loading } = useSession();
  if (loading) {
    return (
      <Page title="Missions pour vous">
        <Loading />
      </Page>
    );
  }
  if (!agent) {
    return (
      <Page
        title="Partagez vos talents numériques"
        lead="Donnez quelques heures ou quelques jours de votre temps de travail à une mission numérique d’une autre administration, en restant rattaché à la vôtre."
      >
        <CallOut title="Agents de l’État" className={fr.cx('fr-mb-4w')}>
          Connectez-vous pour voir en direct les missions qui correspondent à vos compétences, candidater et
          suivre vos candidatures.
        </CallOut>
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            {
              children: 'Se connecter',
              iconId: 'fr-icon-account-circle-line',
              linkProps: { to: signInHref('/'), reloadDocument: true },
            },
            { children: 'Parcourir les missions', priority: 'secondary', linkProps: { to: '/missions' } },
          ]}
        />
      </Page>
    );
  }
  return (
    <Page
      title="Missions pour vous"
      lead={`Bonjour ${agent.firstName}, voici les missions qui correspondent à votre profil.`}
    >
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <LiveFeed />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <Recommended />
        </div>
      </div>
    </Page>
  );
}
