import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { formatDate, MISSION_STATUS_LABELS, seatsLabel } from '../common/labels';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import { RequireRole } from '../host/RequireRole';
import { HostedMissionsQuery } from './applicants.operations';
import { seatsTotal } from './match';

/** « Candidatures reçues »: the host administration's missions, with who applied and what awaits a decision. */
export function ReceivedApplicationsPage() {
  return (
    <Page
      title="Candidatures reçues"
      lead="Les agents qui ont candidaté aux missions de votre administration. Une candidature dont le supérieur a libéré le temps attend votre décision."
    >
      <RequireRole role="HOST">
        {(_agent, roles) =>
          roles.hostOf.map((administrationId) => (
            <HostedMissions key={administrationId} administrationId={administrationId} />
          ))
        }
      </RequireRole>
    </Page>
  );
}

function HostedMissions({ administrationId }: { administrationId: string }) {
  const { data, loading, error } = useQuery(HostedMissionsQuery, {
    variables: { administrationId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  const missions = data?.missions?.nodes;
  if (!missions) return <QueryError error={error} title="Les missions n’ont pas pu être chargées" />;
  if (missions.length === 0) return <p>Aucune mission publiée pour le moment.</p>;
  return (
    <ul className="application-list" data-testid="hosted-missions">
      {missions.map((mission) => {
        const applications = mission.applications ?? [];
        const toDecide = applications.filter((a) => a.status === 'MANAGER_APPROVED').length;
        const waiting = applications.filter((a) => a.status === 'SUBMITTED').length;
        return (
          <li key={mission.id} className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')}>
            <h2 className={fr.cx('fr-h5', 'fr-mb-1w')}>
              <Link to={`/porteur/candidatures/${mission.id}`}>{mission.title}</Link>
            </h2>
            <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
              {mission.kindLabel} · du {formatDate(mission.startDate)} au {formatDate(mission.endDate)} ·{' '}
              {MISSION_STATUS_LABELS[mission.status]} · {seatsLabel(mission.seatsRemaining)} (
              {seatsTotal(mission.seats)})
            </p>
            <div>
              {applications.length === 0
                ? 'Aucune candidature.'
                : `${applications.length} candidature${applications.length > 1 ? 's' : ''}`}
              {toDecide > 0 ? (
                <>
                  {' '}
                  <Badge severity="new" small>
                    {`${toDecide} à décider`}
                  </Badge>
                </>
              ) : null}
              {waiting > 0 ? (
                <>
                  {' '}
                  <Badge severity="info" small>
                    {`${waiting} en attente du supérieur`}
                  </Badge>
                </>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
