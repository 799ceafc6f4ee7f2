import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { administrationName, formatDate } from '../common/labels';
import { Page } from '../common/Page';
import { withNextMissions } from '../common/pagination';
import { ClosableNotice, Loading, QueryError } from '../common/states';
import { RequireRole } from '../host/RequireRole';
import { ModerationQueueQuery } from './moderation.operations';
import { waitingSince } from './waiting';

/** « Modération »: the missions waiting for the programme team, the longest-waiting first. */
export function ModerationPage() {
  return (
    <Page
      title="Modération"
      lead="Les missions soumises par les porteurs, de la plus ancienne à la plus récente. Relisez-les, puis publiez-les ou renvoyez-les en brouillon avec un motif."
    >
      <RequireRole role="ADMIN">{() => <Queue />}</RequireRole>
    </Page>
  );
}

function Queue() {
  const { data, loading, error, fetchMore } = useQuery(ModerationQueueQuery, {
    fetchPolicy: 'cache-and-network',
  });
  // The list comes newest first, page by page: the oldest, shown first, may be on the last page.
  const next = data?.missions?.pageInfo.hasNextPage ? data.missions.pageInfo.endCursor : null;
  useEffect(() => {
    if (!next) return;
    void fetchMore({
      variables: { after: next },
      updateQuery: (previous, { fetchMoreResult }) => withNextMissions(previous, fetchMoreResult, previous),
    });
  }, [next, fetchMore]);
  const location = useLocation();
  const navigate = useNavigate();
  // The decision just made, said once: a reload does not repeat it.
  const [notice, setNotice] = useState<string | null>(
    () => ((location.state ?? null) as { notice?: string } | null)?.notice ?? null,
  );
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);
  const now = useMemo(() => new Date(), [data]);

  if (loading && !data) return <Loading />;
  if (error && !data?.missions) return <QueryError error={error} />;
  // The last change of a submitted mission is its submission, or an edit made since: it waits from then.
  // A mission just published or returned may linger in the cached list until it is fetched again.
  const queue = [...(data?.missions?.nodes ?? [])]
    .filter((mission) => mission.status === 'SUBMITTED')
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const total = data?.missions?.totalCount ?? queue.length;
  return (
    <>
      <ClosableNotice notice={notice} onClose={() => setNotice(null)} />
      {queue.length === 0 ? (
        <p>Aucune mission n’attend de modération.</p>
      ) : (
        <>
          <p>
            {total} mission{total > 1 ? 's' : ''} en attente
            {next ? ' ; la suite de la liste se charge…' : '.'}
          </p>
          <ol className="mission-list" data-testid="moderation-queue">
            {queue.map((mission) => {
              const waited = waitingSince(mission.updatedAt, now);
              return (
                <li key={mission.id} className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')}>
                  <h2 className={fr.cx('fr-h5', 'fr-mb-1w')}>
                    <Link to={`/moderation/${mission.id}`}>{mission.title}</Link>
                  </h2>
                  <p className={fr.cx('fr-mb-1w')}>
                    {administrationName(mission.hostAdministration)} · {mission.kindLabel}
                  </p>
                  <div className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                    <Badge severity={waited.severity} small className={fr.cx('fr-mr-1w')}>
                      {waited.label}
                    </Badge>
                    soumise le {formatDate(mission.updatedAt)} · candidatures jusqu’au{' '}
                    {formatDate(mission.applicationDeadline)} · début le {formatDate(mission.startDate)}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
