import { Page } from '../common/Page';
import { useSession } from '../session/session';

/** What the hub processes about agents, why, for how long, and their rights. */
export function PersonalDataPage() {
  const { agent } = useSession();
  return (
    <Page title="Données personnelles">
      <h2>Responsable du traitement</h2>
      <p>
        La Direction interministérielle du numérique (DINUM), pour le programme « Partagez vos talents
        numériques ».
      </p>
      <h2>Données traitées et finalités</h2>
      <ul>
        <li>
          votre identité professionnelle (nom, prénom, adresse électronique, administration, service, poste,
          ville, supérieur hiérarchique), issue de ProConnect ou de l’équipe du programme : vous identifier et
          faire approuver vos missions par votre supérieur ;
        </li>
        <li>
          vos compétences et leur niveau, votre disponibilité et votre modalité de travail : vous proposer les
          missions qui vous correspondent et vous faire connaître des porteurs de besoin ;
        </li>
        <li>
          votre téléphone professionnel, s’il est renseigné : permettre aux porteurs des missions où vous
          candidatez de vous joindre ;
        </li>
        <li>vos candidatures (motivation, heures proposées, décisions et motifs) : suivre chaque mission.</li>
      </ul>
      <p>
        Base légale : l’exécution d’une mission d’intérêt public (article 6-1-e du RGPD). Chaque écriture et
        chaque lecture des données personnelles d’autrui est inscrite dans un journal d’audit consulté par
        l’équipe du programme.
      </p>
      <h2>Qui voit quoi</h2>
      <p>
        Vos coordonnées et votre disponibilité ne sont visibles que de vous, de votre supérieur hiérarchique,
        des porteurs de besoin des administrations où vous avez candidaté et de l’équipe du programme. Depuis
        « Mon profil », vous pouvez sortir de l’annuaire des talents et masquer votre profil à des
        administrations.
      </p>
      <h2>Durée de conservation</h2>
      <p>
        Les données sont conservées tant que votre compte existe. La durée de conservation définitive reste à
        fixer par le responsable du traitement avant la mise en production. L’effacement du compte anonymise
        votre profil ; l’historique des missions est conservé sans données personnelles.
      </p>
      <h2>Vos droits</h2>
      <p>
        Vous disposez d’un droit d’accès, de rectification, d’effacement et de limitation du traitement
        (articles 15 à 18 du RGPD).
      </p>
      <ul>
        <li>
          accès :{' '}
          {agent ? (
            <a href="/me/export" download>
              télécharger toutes mes données (JSON)
            </a>
          ) : (
            'connecté, téléchargez toutes vos données au format JSON'
          )}{' '}
          ;
        </li>
        <li>rectification : depuis « Mon profil » ;</li>
        <li>effacement et autres demandes : auprès de l’équipe du programme.</li>
      </ul>
      <p>
        Vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés
        (CNIL).
      </p>
      <h2>Cookies</h2>
      <p>
        Le service ne dépose qu’un seul cookie, <code>talents_session</code>, strictement nécessaire à votre
        connexion (8 heures au plus) : il est exempté de consentement. Aucun cookie de mesure d’audience ni de
        publicité n’est utilisé, il n’y a donc rien à paramétrer.
      </p>
    </Page>
  );
}
