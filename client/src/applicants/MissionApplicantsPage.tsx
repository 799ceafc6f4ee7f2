import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  decisionProblemOf,
  DECIDER_STATUS,
  REASON_LABELS,
  reasonInSentence,
  type DecisionProblem,
} from '../approvals/decisions';
import { AgreementLink, ReasonLine } from '../applications/ApplicationParts';
import { ReasonForm } from '../approvals/ReasonForm';
import { administrationName, formatDate, seatsLabel, UNAVAILABLE } from '../common/labels';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import { MatchExplanation } from '../feed/MatchExplanation';
import type { MatchExplanationFragment, MissionApplicantsQuery as Data } from '../gql/graphql';
import { RequireRole } from '../host/RequireRole';
import {
  AcceptApplicationMutation,
  DeclineApplicationMutation,
  MissionApplicantsQuery,
} from './applicants.operations';
import { explanationsByAgent, seatsTotal } from './match';

type Mission = NonNullable<Data['mission']>;
type Applicant = NonNullable<Mission['applications']>[number];

/** Statuses a host may still decline from; accepting needs the manager's release first. */
const DECLINABLE = new Set(['SUBMITTED', 'MANAGER_APPROVED']);
/** Most actionable first: released, waiting for the manager, then the decided ones. */
const ORDER = ['MANAGER_APPROVED', 'SUBMITTED', 'ACCEPTED', 'COMPLETED'];
const rank = (status: string) => {
  const index = ORDER.indexOf(status);
  return index < 0 ? ORDER.length : index;
};

/** One mission's applicants, with the match explanation the agent's feed shows, to accept or decline. */
export function MissionApplicantsPage() {
  const { id = '' } = useParams();
  return (
    <Page title="Candidatures reçues">
      <RequireRole role="HOST">{() => <Applicants missionId={id} />}</RequireRole>
    </Page>
  );
}

function Applicants({ missionId }: { missionId: string }) {
  const { data, loading, error, refetch } = useQuery(MissionApplicantsQuery, {
    variables: { id: missionId },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  if (loading && !data) return <Loading />;
  const mission = data?.mission;
  if (!mission) return <QueryError error={error} title="La mission n’a pas pu être chargée" />;
  const explanations = explanationsByAgent(mission.suggestedAgents);
  const applications = [...(mission.applications ?? [])].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.createdAt.localeCompare(b.createdAt),
  );
  const done = (message: string) => {
    setNotice(message);
    void refetch();
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <>
      <p>
        <Link
          to="/porteur/candidatures"
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          Toutes les candidatures reçues
        </Link>
      </p>
      <h2 className={fr.cx('fr-mb-1w')}>{mission.title}</h2>
      <p className={fr.cx('fr-text--sm')} data-testid="mission-seats">
        {administrationName(mission.hostAdministration)} · {mission.kindLabel} · du{' '}
        {formatDate(mission.startDate)} au {formatDate(mission.endDate)} · {mission.effortHours} h ·{' '}
        <strong>{seatsLabel(mission.seatsRemaining)}</strong> ({seatsTotal(mission.seats)})
      </p>
      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite" data-testid="applicants-notice">
        {notice ? (
          <Alert severity="success" small description={notice} className={fr.cx('fr-mb-3w')} />
        ) : null}
      </div>
      {applications.length === 0 ? (
        <p>Personne n’a encore candidaté à cette mission.</p>
      ) : (
        <ul className="application-list" data-testid="applicants">
          {applications.map((application) => (
            <ApplicantCard
              key={application.id}
              application={application}
              explanation={application.agent ? explanations.get(application.agent.id) : undefined}
              missionTitle={mission.title}
              onDone={done}
              refresh={() => refetch()}
            />
          ))}
        </ul>
      )}
    </>
  );
}

type Mode = 'idle' | 'decline';

function ApplicantCard({
  application,
  explanation,
  missionTitle,
  onDone,
  refresh,
}: {
  application: Applicant;
  explanation: MatchExplanationFragment | undefined;
  missionTitle: string;
  onDone(message: string): void;
  refresh(): Promise<{ data: Data | undefined }>;
}) {
  const [mode, setMode] = useState<Mode>('idle');
  const [problem, setProblem] = useState<DecisionProblem | null>(null);
  const [accept, accepting] = useMutation(AcceptApplicationMutation);
  const [decline, declining] = useMutation(DeclineApplicationMutation);
  const agent = application.agent;
  const who = agent?.displayName ?? `Agent ${UNAVAILABLE}`;
  const status = DECIDER_STATUS[application.status];
  const headingId = `applicant-${application.id}`;
  const hours = application.approvedHours ?? application.proposedHours;

  const failed = async (error: unknown) => {
    const next = decisionProblemOf(error);
    setProblem(next);
    if (!next.stale) return;
    // A CONFLICT on a mission with no seat left says so plainly: that is what the host must know.
    const fresh = await refresh().catch(() => null);
    if (fresh?.data?.mission?.seatsRemaining === 0) {
      setProblem({
        ...next,
        title: 'Plus de place sur cette mission',
        messages: [
          'Toutes les places sont prises : cette candidature ne peut plus être acceptée.',
          ...next.messages,
        ],
      });
    }
  };

  return (
    <li className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')} aria-labelledby={headingId}>
      <h3 id={headingId} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {who}
      </h3>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {agent ? agent.jobTitle : ''}
        {agent?.administration ? ` — ${administrationName(agent.administration)}` : ''}
      </p>
      <div className={fr.cx('fr-mb-1w')}>
        <Badge severity={status.severity}>{status.label}</Badge>
      </div>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        Candidature du {formatDate(application.createdAt)} · {application.proposedHours} h proposées
        {application.approvedHours !== null && application.approvedHours !== undefined
          ? ` · ${application.approvedHours} h libérées par le supérieur`
          : ''}
        {application.beyondBudget ? ' · au-delà du budget annuel, avec l’accord du supérieur' : ''}
      </p>
      <ReasonLine application={application} labels={REASON_LABELS} />
      <AgreementLink application={application} of={who} />
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        <span className={fr.cx('fr-text--bold')}>Motivation : </span>
        {application.motivation || '—'}
      </p>
      {explanation ? (
        <MatchExplanation match={explanation} />
      ) : (
        <p className={`${fr.cx('fr-text--sm')} fr-text-mention--grey match-explanation`}>
          Correspondance non disponible : l’agent ne figure pas parmi les agents suggérés pour cette mission
          (hors de l’annuaire, ou sans aucune des compétences demandées).
        </p>
      )}
      {problem ? (
        <Alert
          severity="error"
          title={problem.title}
          description={[...problem.messages, ...Object.values(problem.fields)].join(' ')}
          className={fr.cx('fr-my-2w')}
        />
      ) : null}
      {DECLINABLE.has(application.status) ? (
        mode === 'idle' ? (
          <>
            {application.status === 'SUBMITTED' ? (
              <p className={fr.cx('fr-text--sm', 'fr-mt-2w', 'fr-mb-1w')}>
                Vous pourrez accepter l’agent quand son supérieur hiérarchique aura libéré son temps.
              </p>
            ) : null}
            <ul
              className={fr.cx(
                'fr-btns-group',
                'fr-btns-group--inline-sm',
                'fr-btns-group--icon-left',
                'fr-mt-2w',
              )}
            >
              {application.status === 'MANAGER_APPROVED' ? (
                <li>
                  <Button
                    iconId="fr-icon-check-line"
                    disabled={accepting.loading}
                    nativeButtonProps={{ 'aria-describedby': headingId }}
                    onClick={() => {
                      setProblem(null);
                      accept({
                        variables: { id: application.id, expectedVersion: application.version },
                      }).then(
                        () =>
                          onDone(
                            `${who} est accepté·e sur « ${missionTitle} » pour ${hours} h. Ses heures sont engagées sur son budget.`,
                          ),
                        failed,
                      );
                    }}
                  >
                    {accepting.loading ? 'Acceptation…' : 'Accepter'}
                  </Button>
                </li>
              ) : null}
              <li>
                <Button
                  priority="secondary"
                  iconId="fr-icon-close-line"
                  nativeButtonProps={{ 'aria-describedby': headingId }}
                  onClick={() => {
                    setProblem(null);
                    setMode('decline');
                  }}
                >
                  Décliner
                </Button>
              </li>
            </ul>
          </>
        ) : (
          <ReasonForm
            id={application.id}
            label={`Décliner la candidature de ${who}`}
            legend="Motif du déclin"
            submitLabel="Confirmer le déclin"
            busy={declining.loading}
            serverFields={problem?.fields ?? {}}
            onCancel={() => setMode('idle')}
            onSubmit={({ reason, reasonText }) => {
              setProblem(null);
              decline({
                variables: { id: application.id, reason, reasonText, expectedVersion: application.version },
              }).then(() => onDone(`Candidature de ${who} déclinée (${reasonInSentence(reason)}).`), failed);
            }}
          />
        )
      ) : null}
    </li>
  );
}
