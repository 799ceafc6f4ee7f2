import { fr } from '@codegouvfr/react-dsfr';
import { formatPercent } from '../common/labels';
import type { MatchExplanationFragment } from '../gql/graphql';
import { SkillTags } from '../missions/MissionCard';

/**
 * Why this mission is offered: the score, the skills met or missing, availability and work mode. A
 * skill that hosts endorsed after completed missions says so: it counts more than a mere claim.
 */
export function MatchExplanation({ match }: { match: MatchExplanationFragment }) {
  const endorsed = new Set((match.endorsed ?? []).map((skill) => skill.id));
  const held = new Set([...(match.met ?? []), ...(match.partlyMet ?? [])].map((skill) => skill.id));
  // An endorsed skill the explanation lists nowhere else is still shown, as endorsed.
  const endorsedOnly = (match.endorsed ?? []).filter((skill) => !held.has(skill.id));
  return (
    <div className="match-explanation">
      <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>Correspondance : {formatPercent(match.score)}</p>
      <SkillTags skills={match.met ?? []} label="Compétences acquises :" endorsed={endorsed} />
      <SkillTags skills={match.partlyMet ?? []} label="En partie :" endorsed={endorsed} />
      <SkillTags skills={endorsedOnly} label="Recommandées :" endorsed={endorsed} />
      <SkillTags skills={match.missing ?? []} label="Manquantes :" />
      {endorsed.size > 0 ? (
        <p className={fr.cx('fr-text--xs', 'fr-mb-1v')}>
          « Recommandée » : une administration d’accueil l’a constatée lors d’une mission réalisée ; elle
          compte davantage qu’une compétence seulement déclarée.
        </p>
      ) : null}
      <p className={fr.cx('fr-text--xs', 'fr-mb-0')}>
        Compétences {formatPercent(match.skillsScore)} · disponibilité{' '}
        {formatPercent(match.availabilityScore)} · modalité {formatPercent(match.workModeScore)}
      </p>
    </div>
  );
}
