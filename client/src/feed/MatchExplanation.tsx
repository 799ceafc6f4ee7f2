import { fr } from '@codegouvfr/react-dsfr';
import { formatPercent } from '../common/labels';
import type { MatchExplanationFragment } from '../gql/graphql';
import { SkillTags } from '../missions/MissionCard';

/** Why this mission is offered: the score, the skills met or missing, availability and work mode. */
export function MatchExplanation({ match }: { match: MatchExplanationFragment }) {
  return (
    <div className="match-explanation">
      <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>Correspondance : {formatPercent(match.score)}</p>
      <SkillTags skills={match.met ?? []} label="Compétences acquises :" />
      <SkillTags skills={match.partlyMet ?? []} label="En partie :" />
      <SkillTags skills={match.missing ?? []} label="Manquantes :" />
      <p className={fr.cx('fr-text--xs', 'fr-mb-0')}>
        Compétences {formatPercent(match.skillsScore)} · disponibilité{' '}
        {formatPercent(match.availabilityScore)} · modalité {formatPercent(match.workModeScore)}
      </p>
    </div>
  );
}
