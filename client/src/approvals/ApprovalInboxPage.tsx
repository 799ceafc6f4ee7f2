import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { administrationName, formatDate, UNAVAILABLE } from '../common/labels';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import type {
  ApprovalInboxUpdatesSubscription as InboxUpdate,
  ApprovalRequestItemFragment,
} from '../gql/graphql';
import { WithRoles } from '../host/RequireRole';
import { hasRole } from '../host/roles';
import { RequireAgent } from '../session/RequireAgent';
import type { SignedInAgent } from '../session/session';
import {
  ApprovalInboxQuery,
  ApprovalInboxUpdatesSubscription,
  ApproveApplicationMutation,
  RefuseApplicationMutation,
} from './approvals.operations';
import { Delegation } from './Delegation';
import { decisionProblemOf, reasonInSentence, type DecisionProblem } from './decisions';
import { useLiveRefresh } from './live';
import { LiveBadge } from './LiveBadge';
import { ReasonForm } from './ReasonForm';
import { ReassignForm } from './ReassignForm';
import { ReleaseForm } from './ReleaseForm';
import './approvals.css';

/** « Demandes à valider »: the manager's inbox, and the programme team's queue of agents without one. */
export function ApprovalInboxPage() {
  return (
    <Page
      title="Demandes à valider"
      lead="Des agents demandent à consacrer une partie de leur temps à la mission d’une autre administration : libérez ce temps ou refusez-le avec un motif."
    >
      <RequireAgent>{(agent) => <InboxGate agent={agent} />}</RequireAgent>
    </Page>
  );
}

function InboxGate({ agent }: { agent: SignedInAgent }) {
  // A deputy may have no reports of their own: they are let in, and see their manager's requests.
  return (
    <WithRoles>
      {(roles) => <Inbox agent={agent} admin={hasRole(roles, 'ADMIN')} manager={hasRole(roles, 'MANAGER')} />}
    </WithRoles>
  );
}

const inboxVariables = (after: string | null) => ({ after });

/** Today in France, as the deadline's YYYY-MM-DD reads it. */
function todayInParis(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** The last day to decide has come (or passed, until the sweep expires the request). */
function deadlineNear(deadline: string): boolean {
  return deadline <= todayInParis();
}
const inboxCursor = (data: InboxUpdate) => data.approvalInboxUpdates.cursor;

function Inbox({ agent, admin, manager }: { agent: SignedInAgent; admin: boolean; manager: boolean }) {
  const { data, loading, error, refetch } = useQuery(ApprovalInboxQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const refresh = useCallback(() => void refetch(), [refetch]);
  const live = useLiveRefresh(ApprovalInboxUpdatesSubscription, inboxVariables, inboxCursor, refresh);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const done = (message: string) => {
    setNotice(message);
    refresh();
    // The decided request leaves the list: the focus goes to what happened, not to the page's top.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const inbox = data?.me?.approvalInbox;
  // « Mon équipe » links to one request (`#request-<id>`): once the list is there, go to it.
  const { hash } = useLocation();
  const loaded = inbox !== undefined;
  useEffect(() => {
    if (!loaded || !hash) return;
    // After the layout's own move of the focus to the new page's content, which runs after this.
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [loaded, hash]);

  const body = (() => {
    if (loading && !data) return <Loading />;
    if (!inbox) return <QueryError error={error} title="Les demandes n’ont pas pu être chargées" />;
    const team = inbox.filter((request) => !request.programmeQueue);
    const queue = inbox.filter((request) => request.programmeQueue);
    if (!manager && !admin && inbox.length === 0) {
      return (
        <Alert
          severity="info"
          title="Aucun agent ne vous est rattaché"
          description="Cette page sert aux supérieurs hiérarchiques, à leurs suppléants et à l’équipe du programme : les demandes de vos agents y apparaîtront dès qu’un agent vous sera rattaché."
        />
      );
    }
    return (
      <>
        {manager || team.length > 0 ? (
          <section aria-labelledby="team-requests">
            <h2 id="team-requests">Demandes de vos agents ({team.length})</h2>
            {team.length === 0 ? (
              <p>Aucune demande en attente de votre décision.</p>
            ) : (
              <RequestList requests={team} onDone={done} refresh={refresh} testId="inbox-team" />
            )}
          </section>
        ) : null}
        {admin ? (
          <section aria-labelledby="programme-queue">
            <h2 id="programme-queue">File de l’équipe du programme ({queue.length})</h2>
            <p className={fr.cx('fr-text--sm')}>
              Agents sans supérieur hiérarchique connu : l’équipe du programme décide à sa place.
            </p>
            {queue.length === 0 ? (
              <p>Aucune demande dans la file.</p>
            ) : (
              <RequestList requests={queue} onDone={done} refresh={refresh} testId="inbox-queue" />
            )}
          </section>
        ) : null}
        {manager ? (
          <p className={fr.cx('fr-mt-4w')}>
            Budgets de temps, missions en cours et crédit de temps de votre administration :{' '}
            <Link to="/equipe">Mon équipe</Link>.
          </p>
        ) : null}
        {manager ? <Delegation agent={agent} onChanged={refresh} /> : null}
      </>
    );
  })();

  return (
    <>
      <LiveBadge status={live} testId="inbox-live" />
      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite" data-testid="inbox-notice">
        {notice ? (
          <Alert severity="success" small description={notice} className={fr.cx('fr-mb-3w')} />
        ) : null}
      </div>
      {body}
    </>
  );
}

function RequestList({
  requests,
  onDone,
  refresh,
  testId,
}: {
  requests: ApprovalRequestItemFragment[];
  onDone(message: string): void;
  refresh(): void;
  testId: string;
}) {
  return (
    <ul className="application-list" data-testid={testId}>
      {requests.map((request) => (
        <RequestCard key={request.application.id} request={request} onDone={onDone} refresh={refresh} />
      ))}
    </ul>
  );
}

type Mode = 'idle' | 'release' | 'refuse' | 'reassign';

function RequestCard({
  request,
  onDone,
  refresh,
}: {
  request: ApprovalRequestItemFragment;
  onDone(message: string): void;
  refresh(): void;
}) {
  const { application, agent, mission } = request;
  const [mode, setMode] = useState<Mode>('idle');
  const [problem, setProblem] = useState<DecisionProblem | null>(null);
  const [approve, approving] = useMutation(ApproveApplicationMutation);
  const [refuse, refusing] = useMutation(RefuseApplicationMutation);
  const who = agent?.displayName ?? `Agent ${UNAVAILABLE}`;
  const what = mission?.title ?? `Mission ${UNAVAILABLE}`;
  const headingId = `request-${application.id}`;
  const overBudget = request.hoursAsked > request.remainingHours;

  const failed = (error: unknown) => {
    const next = decisionProblemOf(error);
    setProblem(next);
    if (next.stale) refresh();
  };

  return (
    <li className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {who} — {what}
      </h3>
      {request.onBehalfOf ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
          Vous décidez au nom de {request.onBehalfOf.displayName}, dont vous êtes le suppléant.
        </p>
      ) : null}
      {request.programmeQueue ? (
        <div className={fr.cx('fr-mb-1w')}>
          <Badge severity="warning" small>
            Sans supérieur hiérarchique connu
          </Badge>
        </div>
      ) : null}
      <dl className="mission-facts facts-in-columns">
        <dt>Agent</dt>
        <dd>
          {agent ? `${agent.displayName}, ${agent.jobTitle}` : `Agent ${UNAVAILABLE}`}
          {agent?.administration ? ` — ${administrationName(agent.administration)}` : ''}
        </dd>
        <dt>Mission</dt>
        <dd>
          {mission ? <Link to={`/missions/${mission.id}`}>{mission.title}</Link> : `Mission ${UNAVAILABLE}`}
          {mission
            ? ` — ${mission.kindLabel}, du ${formatDate(mission.startDate)} au ${formatDate(mission.endDate)}`
            : ''}
        </dd>
        <dt>Administration d’accueil</dt>
        <dd>{administrationName(mission?.hostAdministration)}</dd>
        <dt>Heures demandées</dt>
        <dd>{request.hoursAsked} h</dd>
        <dt>Budget restant de l’agent en {request.budgetYear}</dt>
        <dd>
          {request.remainingHours} h
          {overBudget ? (
            <>
              {' '}
              <Badge severity="warning" small>
                Demande au-delà du budget
              </Badge>
            </>
          ) : null}
        </dd>
        <dt>Échéance de votre décision</dt>
        <dd>
          {request.deadline ? (
            <>
              au plus tard le {formatDate(request.deadline)}
              {deadlineNear(request.deadline) ? (
                <>
                  {' '}
                  <Badge severity="warning" small>
                    Dernier jour
                  </Badge>
                </>
              ) : null}
              , sinon la demande expire
            </>
          ) : (
            'non fixée'
          )}
        </dd>
        <dt>Dates</dt>
        <dd>
          Demande déposée le {formatDate(application.createdAt)}
          {mission ? ` · candidatures closes le ${formatDate(mission.applicationDeadline)}` : ''}
        </dd>
      </dl>
      <p className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
        <span className={fr.cx('fr-text--bold')}>Motivation : </span>
        {application.motivation || '—'}
      </p>
      {problem ? (
        <Alert
          severity="error"
          small={false}
          title={problem.title}
          description={[...problem.messages, ...Object.values(problem.fields)].join(' ')}
          className={fr.cx('fr-mb-2w')}
        />
      ) : null}
      {mode === 'idle' ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-btns-group--icon-left')}>
          <li>
            <Button
              iconId="fr-icon-check-line"
              onClick={() => {
                setProblem(null);
                setMode('release');
              }}
              nativeButtonProps={{ 'aria-describedby': headingId }}
            >
              Libérer le temps
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-close-line"
              onClick={() => {
                setProblem(null);
                setMode('refuse');
              }}
              nativeButtonProps={{ 'aria-describedby': headingId }}
            >
              Refuser
            </Button>
          </li>
          {request.programmeQueue ? (
            <li>
              <Button
                priority="tertiary"
                iconId="fr-icon-user-add-line"
                onClick={() => {
                  setProblem(null);
                  setMode('reassign');
                }}
                nativeButtonProps={{ 'aria-describedby': headingId }}
              >
                Confier à un valideur
              </Button>
            </li>
          ) : null}
        </ul>
      ) : mode === 'reassign' ? (
        <ReassignForm
          applicationId={application.id}
          administrationId={agent?.administration?.id ?? null}
          requesterId={agent?.id ?? null}
          serverFields={problem?.fields ?? {}}
          label={`Confier la demande de ${who} à un valideur`}
          onCancel={() => setMode('idle')}
          onFailed={failed}
          onDone={(name) => onDone(`Demande de ${who} confiée à ${name}, qui décidera.`)}
        />
      ) : mode === 'release' ? (
        <ReleaseForm
          id={application.id}
          label={`Libérer le temps de ${who} pour « ${what} »`}
          proposedHours={application.proposedHours}
          remainingHours={request.remainingHours}
          budgetYear={request.budgetYear}
          busy={approving.loading}
          serverFields={problem?.fields ?? {}}
          onCancel={() => setMode('idle')}
          onSubmit={({ hours, beyondBudget }) => {
            setProblem(null);
            approve({
              variables: {
                id: application.id,
                expectedVersion: application.version,
                hours,
                beyondBudget: beyondBudget || null,
              },
            }).then((result) => {
              if (result.errors?.length) return failed({ graphQLErrors: result.errors });
              const granted = result.data?.approveApplication.approvedHours ?? application.proposedHours;
              onDone(
                `Temps libéré pour ${who} : ${granted} h pour « ${what} »${beyondBudget ? ', au-delà du budget annuel' : ''}. Le porteur de la mission peut maintenant accepter la candidature.`,
              );
            }, failed);
          }}
        />
      ) : (
        <ReasonForm
          id={application.id}
          label={`Refuser la demande de ${who} pour « ${what} »`}
          legend="Motif du refus"
          submitLabel="Confirmer le refus"
          busy={refusing.loading}
          serverFields={problem?.fields ?? {}}
          onCancel={() => setMode('idle')}
          onSubmit={({ reason, reasonText }) => {
            setProblem(null);
            refuse({
              variables: { id: application.id, reason, reasonText, expectedVersion: application.version },
            }).then((result) => {
              if (result.errors?.length) return failed({ graphQLErrors: result.errors });
              onDone(
                `Demande de ${who} refusée (${reasonInSentence(reason)}). L’agent le voit dans ses candidatures.`,
              );
            }, failed);
          }}
        />
      )}
    </li>
  );
}
