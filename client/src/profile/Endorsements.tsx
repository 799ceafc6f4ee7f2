import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { administrationName, formatDate } from '../common/labels';
import type { EndorsedOnlySkillItemFragment, SkillEndorsementItemFragment } from '../gql/graphql';

/** « Recommandée 2 fois ». */
export function endorsementCountLabel(count: number): string {
  return `Recommandée ${count === 1 ? 'une fois' : `${count} fois`}`;
}

/**
 * The endorsements of one skill: by whom, after which mission, when. A mission the reader may not
 * see (restricted) is left unnamed, an endorser profiles does not know is not named either.
 */
export function SkillEndorsements({
  endorsements,
  skillLabel,
}: {
  endorsements: readonly SkillEndorsementItemFragment[];
  skillLabel: string;
}) {
  if (endorsements.length === 0) return null;
  return (
    <div className="skill-endorsements" data-testid="skill-endorsements">
      <Badge severity="success" small>
        {endorsementCountLabel(endorsements.length)}
      </Badge>
      <ul className={fr.cx('fr-text--sm', 'fr-mb-0')} aria-label={`Recommandations de ${skillLabel}`}>
        {endorsements.map((endorsement, index) => (
          <li key={`${endorsement.mission?.id ?? 'mission'}-${index}`}>
            {endorsement.endorsedBy
              ? `Par ${endorsement.endorsedBy.displayName}`
              : 'Par l’administration d’accueil'}
            {endorsement.mission
              ? `, après la mission « ${endorsement.mission.title} » (${administrationName(endorsement.mission.hostAdministration)})`
              : ', après une mission réalisée'}
            , le {formatDate(endorsement.endorsedAt)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Skills hosts endorsed that the agent has not declared: shown apart, to declare with a level. */
export function UndeclaredEndorsedSkills({ skills }: { skills: readonly EndorsedOnlySkillItemFragment[] }) {
  if (skills.length === 0) return null;
  return (
    <section
      className="profile-section"
      aria-labelledby="undeclared-endorsed"
      data-testid="undeclared-endorsed"
    >
      <h2 id="undeclared-endorsed" className={fr.cx('fr-h4')}>
        Compétences recommandées, non déclarées
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        Des administrations d’accueil les ont constatées lors de missions réalisées. Ajoutez-les à vos
        compétences, avec votre niveau : les recommandations les suivront.
      </p>
      <ul className="skill-list">
        {skills.map((entry) => (
          <li key={entry.skill.id} className={fr.cx('fr-mb-2w')}>
            <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>
              {entry.skill.label} <span className={fr.cx('fr-hint-text')}>{entry.skill.familyLabel}</span>
            </p>
            <SkillEndorsements endorsements={entry.endorsements} skillLabel={entry.skill.label} />
          </li>
        ))}
      </ul>
    </section>
  );
}
