import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  ACTIVE_APPLICATION,
  administrationName,
  seatsLabel,
  APPLICATION_STATUS,
  formatDate,
  MISSION_STATUS_LABELS,
} from '../common/labels';
import { MissionBadges, MissionBody, MissionUnavailable } from '../common/MissionContent';
import { Page } from '../common/Page';
import { signInHref, useSession } from '../session/session';
import { ApplyForm } from './ApplyForm';
import { MissionQuery } from './mission.operations';

export function MissionPage() {
  const { id = '' } = useParams();
  const { agent } = useSession();
  const { data, loading, error } = useQuery(MissionQuery, { variables: { id } });
  const mission = data?.mission;
  // Set by the form, kept by the page (the form is gone as soon as the mission shows the application),
  // for this mission only: another mission's page reuses this component.
  const [appliedTo, setAppliedTo] = useState<string | null>(null);
  const appliedRef = useRef<HTMLDivElement>(null);
  const onApplied = () => {
    setAppliedTo(mission?.id ?? null);
    // The focus was on the form's button, which is about to go: it goes to what happened.
    requestAnimationFrame(() => appliedRef.current?.focus());
  };

  if ((loading && !data) || !mission) {
    return (
      <MissionUnavailable
        loading={loading && !data}
        loadingTitle="Mission"
        error={error}
        notFound="Cette mission n’existe pas ou ne vous est pas visible."
        back={{ to: '/missions', label: 'Retour à la recherche' }}
      />
    );
  }

  const mine = (mission.applications ?? []).find((application) =>
    ACTIVE_APPLICATION.includes(application.status),
  );
  return (
    <>
      <div className="fr-container">
        <Breadcrumb
          currentPageLabel={mission.title}
          homeLinkProps={{ to: '/' }}
          segments={[{ label: 'Missions', linkProps: { to: '/missions' } }]}
        />
      </div>
      <Page title={mission.title} lead={administrationName(mission.hostAdministration)}>
        <MissionBadges
          mission={mission}
          after={
            <li>
              <Badge severity={mission.status === 'PUBLISHED' ? 'success' : 'info'}>
                {MISSION_STATUS_LABELS[mission.status]}
              </Badge>
            </li>
          }
        />
        <MissionBody
          mission={mission}
          skillsHeading="Compétences recherchées"
          places={`${seatsLabel(mission.seatsRemaining)} (sur ${mission.seats})`}
        >
          {mission.restrictedTo?.length ? (
            <>
              <dt>Réservée aux agents de</dt>
              <dd>{mission.restrictedTo.map((administration) => administration.name).join(', ')}</dd>
            </>
          ) : null}
        </MissionBody>
        <div className={fr.cx('fr-mt-4w')}>
          {/* Always in the page, so that the success set into it is announced, and stays. */}
          <div role="status" aria-live="polite" ref={appliedRef} tabIndex={-1} data-testid="apply-status">
            {appliedTo === mission.id ? (
              <Alert
                severity="success"
                title="Candidature déposée"
                description={
                  <>
                    Votre supérieur hiérarchique est invité à libérer votre temps. Suivez-la dans{' '}
                    <Link to="/candidatures">Mes candidatures</Link>.
                  </>
                }
                className={fr.cx('fr-mb-3w')}
              />
            ) : null}
          </div>
          {!agent ? (
            <Button linkProps={{ to: signInHref(`/missions/${mission.id}`), reloadDocument: true }}>
              Se connecter pour candidater
            </Button>
          ) : mine ? (
            <Alert
              severity="info"
              title="Vous avez candidaté à cette mission"
              description={
                <>
                  Statut : {APPLICATION_STATUS[mine.status].label} (déposée le {formatDate(mine.createdAt)}).{' '}
                  <Link to="/candidatures">Voir mes candidatures</Link>
                </>
              }
            />
          ) : mission.status !== 'PUBLISHED' || mission.seatsRemaining === 0 ? (
            <Alert severity="info" small description="Cette mission ne reçoit plus de candidatures." />
          ) : (
            <ApplyForm
              missionId={mission.id}
              suggestedHours={Math.min(mission.effortHours, 105)}
              onApplied={onApplied}
            />
          )}
        </div>
      </Page>
    </>
  );
}
