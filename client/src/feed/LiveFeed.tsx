import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { MissionCard } from '../missions/MissionCard';
import { ConnectionState } from './ConnectionState';
import { useFeed } from './FeedProvider';
import { MatchExplanation } from './MatchExplanation';

const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

/** Missions published since the visit began that match the agent, newest first (announced by the layout). */
export function LiveFeed() {
  const { items, status } = useFeed();

  return (
    <section aria-labelledby="feed-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="feed-title">En direct</h2>
      <ConnectionState status={status} />
      {status.kind === 'refused' ? (
        <Alert severity="error" small description={status.message} className={fr.cx('fr-mb-2w')} />
      ) : null}
      {items.length === 0 ? (
        <p className={fr.cx('fr-text--sm')}>
          Les missions publiées pendant votre visite qui correspondent à votre profil s’afficheront ici, sans
          recharger la page.
        </p>
      ) : (
        <ul className="mission-list" data-testid="live-feed">
          {items.map(({ match, receivedAt }) => (
            <li key={match.mission.id}>
              <MissionCard
                mission={match.mission}
                badge={
                  <Badge severity="new" small>
                    {`Nouveau · ${TIME.format(receivedAt)}`}
                  </Badge>
                }
                extra={<MatchExplanation match={match} />}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
