import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { Loading, QueryError } from '../common/states';
import { MissionCard } from '../missions/MissionCard';
import { FEED_MIN_SCORE } from './FeedProvider';
import { RecommendedMissionsQuery } from './feed.operations';
import { MatchExplanation } from './MatchExplanation';

/** The published missions that match the agent best, ranked by the same function as the feed. */
export function Recommended() {
  const { data, loading, error } = useQuery(RecommendedMissionsQuery, {
    variables: { first: 10, minScore: FEED_MIN_SCORE },
    fetchPolicy: 'cache-and-network',
  });
  const matches = data?.me?.recommendedMissions ?? [];
  return (
    <section aria-labelledby="recommended-title">
      <h2 id="recommended-title">Recommandées pour vous</h2>
      {loading && !data ? <Loading label="Recherche des missions qui vous correspondent…" /> : null}
      {error ? <QueryError error={error} /> : null}
      {!loading && !error && matches.length === 0 ? (
        <p>
          Aucune mission publiée ne correspond encore à votre profil.{' '}
          <Link to="/profil">Complétez vos compétences</Link> ou{' '}
          <Link to="/missions">parcourez les missions</Link>.
        </p>
      ) : null}
      <ul className="mission-list" data-testid="recommended">
        {matches.map((match) => (
          <li key={match.mission.id} className={fr.cx('fr-mb-2w')}>
            <MissionCard mission={match.mission} extra={<MatchExplanation match={match} />} />
          </li>
        ))}
      </ul>
    </section>
  );
}
