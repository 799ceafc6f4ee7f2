import { Page } from '../common/Page';

export const STATEMENT_DATE = '7 décembre 2026';

/** Déclaration d’accessibilité (RGAA 4.1.2): honest until an audit is made. */
export function AccessibilityPage() {
  return (
    <Page title="Déclaration d’accessibilité">
      <p>
        La Direction interministérielle du numérique (DINUM) s’engage à rendre ses services numériques
        accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration
        d’accessibilité s’applique au tableau de bord <strong>Talents numériques</strong>.
      </p>
      <h2>État de conformité</h2>
      <p>
        Talents numériques est <strong>non conforme</strong> avec le référentiel général d’amélioration de
        l’accessibilité (RGAA) version 4.1.2 : aucun audit de conformité n’a encore été réalisé.
      </p>
      <h2>Résultats des tests</h2>
      <p>
        Aucun audit n’a été mené, il n’existe donc pas de taux de conformité. Pendant le développement, chaque
        écran de l’agent est vérifié automatiquement (axe-core dans un navigateur Chromium sans interface) :
        ces contrôles automatiques ne couvrent qu’une partie des critères du RGAA et ne remplacent pas un
        audit.
      </p>
      <h2>Contenus non accessibles</h2>
      <p>Sans audit, la liste des non-conformités n’est pas connue. Points déjà identifiés :</p>
      <ul>
        <li>
          les écrans des managers, des porteurs de besoin et de l’équipe du programme ne sont pas encore
          construits ;
        </li>
        <li>l’explorateur d’API GraphiQL (/graphiql), outil technique, n’a pas été vérifié.</li>
      </ul>
      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le {STATEMENT_DATE}.</p>
      <h3>Technologies utilisées</h3>
      <ul>
        <li>HTML5, CSS, JavaScript, WAI-ARIA</li>
        <li>Système de design de l’État (DSFR)</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>
        Contrôles automatiques avec axe-core dans Chromium ; aucun test avec une technologie d’assistance à ce
        jour.
      </p>
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’équipe du programme Talents
        numériques de la DINUM pour être orienté vers une alternative accessible ou obtenir le contenu sous
        une autre forme.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une
        fonctionnalité, que vous nous le signalez et que vous ne parvenez pas à obtenir de réponse de notre
        part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des
        droits :
      </p>
      <ul>
        <li>
          par le formulaire de contact du{' '}
          <a
            href="https://formulaire.defenseurdesdroits.fr/"
            target="_blank"
            rel="noreferrer"
            title="Défenseur des droits — nouvelle fenêtre"
          >
            Défenseur des droits
          </a>{' '}
          ;
        </li>
        <li>
          auprès d’un{' '}
          <a
            href="https://www.defenseurdesdroits.fr/saisir/delegues"
            target="_blank"
            rel="noreferrer"
            title="Délégués du Défenseur des droits — nouvelle fenêtre"
          >
            délégué du Défenseur des droits
          </a>{' '}
          dans votre région ;
        </li>
        <li>
          par courrier (gratuit, sans affranchissement) : Défenseur des droits, Libre réponse 71120, 75342
          Paris CEDEX 07.
        </li>
      </ul>
    </Page>
  );
}
