import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Link, useSearchParams } from 'react-router';
import { administrationName, formatDate, UNAVAILABLE } from '../common/labels';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import type { MyTeamQuery as MyTeam, TeamApplicationFragment } from '../gql/graphql';
import { RequireAgent } from '../session/RequireAgent';
import { BudgetForm } from './BudgetForm';
import { CreditBalance } from './CreditBalance';
import { MyTeamQuery } from './team.operations';
import './team.css';

type Member = NonNullable<NonNullable<MyTeam['me']>['team']>[number];

/** This year in France (the approvals service counts budgets by calendar year). */
export function yearInParis(): number {
  return Number(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format());
}

/** « Mon équipe »: every agent the manager supervises, with or without a pending request. */
export function TeamPage() {
  return (
    <Page
      title="Mon équipe"
      lead="Les agents que vous encadrez : leur budget de temps de l’année, les demandes en attente et leurs missions en cours ou à venir."
    >
      <RequireAgent>{() => <Team />}</RequireAgent>
    </Page>
  );
}

function Team() {
  const [params, setParams] = useSearchParams();
  const thisYear = yearInParis();
  const asked = Number(params.get('annee'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])].sort();
  const { data, loading, error, refetch } = useQuery(MyTeamQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const team = data?.me?.team;
  const administration = data?.me?.administration;

  const body = (() => {
    if (loading && !data) return <Loading label={`Chargement de votre équipe pour ${year}…`} />;
    if (!team) return <QueryError error={error} title="Votre équipe n’a pas pu être chargée" />;
    if (team.length === 0) {
      return (
        <Alert
          severity="info"
          title="Aucun agent ne vous est rattaché"
          description="Cette page sert aux supérieurs hiérarchiques : vos agents y apparaîtront dès qu’un agent vous sera rattaché dans l’annuaire."
        />
      );
    }
    return <TeamTable team={team} year={year} onSaved={() => refetch()} />;
  })();

  return (
    <>
      <Select
        label="Année"
        hint="Les budgets et les missions sont comptés par année civile."
        className="team-year"
        nativeSelectProps={{
          value: String(year),
          onChange: (event) => setParams({ annee: event.target.value }, { replace: true }),
        }}
      >
        {years.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
      <p className="fr-sr-only" role="status" aria-live="polite" data-testid="team-status">
        {team && !loading ? `Équipe ${year} : ${team.length} agent${team.length > 1 ? 's' : ''}.` : ''}
      </p>
      {body}
      {administration ? <CreditBalance administration={administration} year={year} /> : null}
    </>
  );
}

function TeamTable({
  team,
  year,
  onSaved,
}: {
  team: readonly Member[];
  year: number;
  onSaved(): Promise<unknown>;
}) {
  return (
    <div className={`${fr.cx('fr-table', 'fr-table--no-scroll')} team-table`}>
      <table data-testid="team-budgets">
        <caption>
          Votre équipe en {year} ({team.length} agent{team.length > 1 ? 's' : ''})
        </caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Budget {year}</th>
            <th scope="col">En attente</th>
            <th scope="col">Missions en cours et à venir</th>
            <th scope="col">Modifier le budget</th>
          </tr>
        </thead>
        <tbody>
          {team.map((member) => (
            <MemberRow key={member.agent.id} member={member} year={year} onSaved={onSaved} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberRow({ member, year, onSaved }: { member: Member; year: number; onSaved(): Promise<unknown> }) {
  const { agent, budget } = member;
  const missions = [
    ...member.currentMissions.map((m) => ({ m, now: true })),
    ...member.upcomingMissions.map((m) => ({ m, now: false })),
  ];
  return (
    <tr>
      <th scope="row">
        {agent.displayName}
        <br />
        <span className={fr.cx('fr-text--sm', 'fr-text--regular')}>{agent.jobTitle}</span>
      </th>
      <td>
        <strong>{budget.remainingHours} h restantes</strong>
        <br />
        {budget.annualHours} h par an{' '}
        {budget.customised ? '(fixé par le supérieur)' : '(valeur du programme)'}
        <br />
        {budget.committedHours} h engagées
      </td>
      <td>
        {member.pendingHours} h demandées
        {member.pendingApplications.length > 0 ? (
          <ul>
            {member.pendingApplications.map((application) => (
              <li key={application.id}>
                <PendingApplication application={application} />
              </li>
            ))}
          </ul>
        ) : (
          <>
            <br />
            Aucune demande en attente
          </>
        )}
      </td>
      <td>
        {missions.length === 0 ? (
          'Aucune mission'
        ) : (
          <ul>
            {missions.map(({ m, now }) => (
              <li key={m.id}>
                <Link to={`/candidatures/${m.id}/convention`}>
                  Convention de « {m.mission?.title ?? `mission ${UNAVAILABLE}`} »
                </Link>{' '}
                — {now ? 'en cours' : 'à venir'}
                {m.mission ? `, ${administrationName(m.mission.hostAdministration)}` : ''}
                {m.mission?.startDate
                  ? `, du ${formatDate(m.mission.startDate)} au ${formatDate(m.mission.endDate)}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <BudgetForm
          agentId={agent.id}
          name={agent.displayName}
          year={year}
          annualHours={budget.annualHours}
          onSaved={onSaved}
        />
      </td>
    </tr>
  );
}

function PendingApplication({ application }: { application: TeamApplicationFragment }) {
  const title = application.mission?.title ?? `Mission ${UNAVAILABLE}`;
  const hours = application.approvedHours ?? application.proposedHours;
  if (application.status === 'SUBMITTED') {
    return (
      <>
        <Link to={`/validations#request-${application.id}`}>Décider : « {title} »</Link> ({hours} h
        {application.deadline ? `, avant le ${formatDate(application.deadline)}` : ''})
      </>
    );
  }
  return (
    <>
      {application.mission ? <Link to={`/missions/${application.mission.id}`}>« {title} »</Link> : title} (
      {hours} h) — temps libéré, en attente du porteur
    </>
  );
}
