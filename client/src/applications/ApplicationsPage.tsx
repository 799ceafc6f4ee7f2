import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  administrationName,
  APPLICATION_STATUS,
  DECISION_REASON_LABELS,
  formatDate,
  UNAVAILABLE,
  WITHDRAWABLE,
} from '../common/labels';
import { Page } from '../common/Page';
import { AgreementLink, ReasonLine } from './ApplicationParts';
import { Loading, QueryError } from '../common/states';
import { RequireAgent } from '../session/RequireAgent';
import { useDashboardClient } from '../dashboard-client';
import { subscribeResumably } from '../feed/resumable';
import { MyApplicationsQuery, MyApplicationUpdatesSubscription } from './applications.operations';
import { ApplicationTimeline } from './ApplicationTimeline';
import { WithdrawForm } from './WithdrawForm';
import './applications.css';

export function ApplicationsPage() {
  return (
    <Page title="Mes candidatures">
      <RequireAgent>{() => <ApplicationsList />}</RequireAgent>
    </Page>
  );
}

function ApplicationsList() {
  const { data, loading, error, refetch } = useQuery(MyApplicationsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { apollo } = useDashboardClient();
  // A manager's or host's decision shows at once: each update refreshes the list.
  useEffect(
    () =>
      subscribeResumably({
        apollo,
        query: MyApplicationUpdatesSubscription,
        variables: (after) => ({ after }),
        cursorOf: (update) => update.myApplicationUpdates.cursor,
        onEvent: () => void refetch(),
        onStatus: () => undefined,
      }),
    [apollo, refetch],
  );
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error && !data?.me?.applications) return <QueryError error={error} />;
  const applications = [...(data?.me?.applications ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  if (applications.length === 0) {
    return (
      <p>
        Vous n’avez encore candidaté à aucune mission. <Link to="/missions">Trouver une mission</Link>
      </p>
    );
  }
  return (
    <>
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert severity="success" small description={notice} className={fr.cx('fr-mb-3w')} />
        ) : null}
      </div>
      <ul className="application-list" data-testid="applications">
        {applications.map((application) => {
          const status = APPLICATION_STATUS[application.status];
          return (
            <li key={application.id} className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')}>
              <h2 className={fr.cx('fr-h5', 'fr-mb-1w')}>
                {application.mission ? (
                  <Link to={`/missions/${application.mission.id}`}>{application.mission.title}</Link>
                ) : (
                  `Mission ${UNAVAILABLE}`
                )}
              </h2>
              {application.mission ? (
                <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                  {administrationName(application.mission.hostAdministration)} ·{' '}
                  {application.mission.kindLabel} · du {formatDate(application.mission.startDate)} au{' '}
                  {formatDate(application.mission.endDate)}
                </p>
              ) : null}
              <div className={fr.cx('fr-mb-1w')}>
                <Badge severity={status.severity}>{status.label}</Badge>
              </div>
              <h3 id={`timeline-${application.id}`} className={fr.cx('fr-text--md', 'fr-mb-1w')}>
                Étapes de la candidature
              </h3>
              <ApplicationTimeline
                steps={application.timeline}
                status={application.status}
                titleId={`timeline-${application.id}`}
              />
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                Déposée le {formatDate(application.createdAt)} · {application.proposedHours} h proposées
                {application.updatedAt !== application.createdAt
                  ? ` · dernière mise à jour le ${formatDate(application.updatedAt)}`
                  : ''}
              </p>
              <ReasonLine application={application} labels={DECISION_REASON_LABELS} />
              <AgreementLink
                application={application}
                of={`« ${application.mission?.title ?? 'la mission'} »`}
              />
              {WITHDRAWABLE.includes(application.status) ? (
                withdrawing === application.id ? (
                  <WithdrawForm
                    applicationId={application.id}
                    missionTitle={application.mission?.title ?? 'mission'}
                    onDone={(withdrawn) => {
                      setWithdrawing(null);
                      if (withdrawn)
                        setNotice(
                          `Votre candidature à « ${application.mission?.title ?? 'la mission'} » est retirée.`,
                        );
                    }}
                  />
                ) : (
                  <Button
                    priority="secondary"
                    size="small"
                    iconId="fr-icon-close-circle-line"
                    onClick={() => {
                      setNotice(null);
                      setWithdrawing(application.id);
                    }}
                  >
                    Retirer ma candidature
                  </Button>
                )
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
