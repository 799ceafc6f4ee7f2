import { Link } from 'react-router';
import { administrationName, DECISION_REASON_LABELS, formatDate, UNAVAILABLE } from '../common/labels';
import type { ApplicationStatus, ProgrammeNumbersQuery as NumbersData } from '../gql/graphql';
import { BarsChart } from './BarsChart';
import { formatCount, formatDuration, formatHours, formatShare } from './format';
import { DataTable, NumbersSection } from './NumbersSection';
import type { NumbersScope } from './scope';

export type Numbers = NonNullable<NumbersData['statsProgrammeNumbers']>;

interface Props {
  numbers: Numbers;
  scope: NumbersScope;
}

const missing = <span className="fr-text--sm">{UNAVAILABLE}</span>;

/** « Économie, des Finances… » for « Ministère de l’Économie, des Finances… »: the chart's axis is narrow. */
export function ministryShortName(ministry: { name: string; acronym?: string | null }): string {
  if (ministry.acronym) return ministry.acronym;
  const rest = ministry.name.replace(/^Ministère (de la |de l’|de l'|des |du |de )?/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Posted → published → applied → released → accepted → completed. */
export function FunnelSection({ numbers, scope }: Props) {
  const applications = numbers.applicationFunnel;
  // A share of the step before only between steps that count the same thing: applications over
  // published missions would read as a percentage, often over 100 %.
  const steps: Array<{
    label: string;
    short: string;
    count: number | null;
    unit: 'mission' | 'application';
  }> = [
    { label: 'Missions proposées', short: 'Proposées', count: numbers.missionFunnel.posted, unit: 'mission' },
    {
      label: 'Missions publiées',
      short: 'Publiées',
      count: numbers.missionFunnel.published,
      unit: 'mission',
    },
    {
      label: 'Candidatures déposées',
      short: 'Candidatures',
      count: applications?.applied ?? null,
      unit: 'application',
    },
    {
      label: 'Temps libéré par le supérieur',
      short: 'Temps libéré',
      count: applications?.released ?? null,
      unit: 'application',
    },
    {
      label: 'Candidatures acceptées',
      short: 'Acceptées',
      count: applications?.accepted ?? null,
      unit: 'application',
    },
    {
      label: 'Missions réalisées',
      short: 'Réalisées',
      count: applications?.completed ?? null,
      unit: 'application',
    },
  ];
  return (
    <NumbersSection
      id="numbers-funnel"
      title="Entonnoir"
      description={
        <>
          Des missions proposées dans la période à celles réalisées ; les candidatures sont celles déposées
          dans la période
          {applications ? ` (${formatCount(applications.applicants)} agents distincts)` : ''}. La part de
          l’étape précédente ne compare que des étapes de même nature : des missions entre elles, des
          candidatures entre elles.
        </>
      }
      table="entonnoir"
      scope={scope}
      chart={
        <BarsChart
          rows={steps.map((step) => ({ label: step.short, count: step.count }))}
          series={[{ key: 'count', label: 'Nombre' }]}
          format={formatCount}
          axisWidth={110}
        />
      }
    >
      <DataTable
        testId="numbers-funnel-table"
        caption="Entonnoir du programme"
        columns={[
          { label: 'Étape' },
          { label: 'Nombre', figure: true },
          { label: 'Part de l’étape précédente', figure: true },
        ]}
        rows={steps.map((step, index) => ({
          key: step.label,
          cells: [
            step.label,
            step.count === null ? missing : formatCount(step.count),
            step.count === null || steps[index - 1]?.unit !== step.unit
              ? '—'
              : formatShare(step.count, steps[index - 1]?.count),
          ],
        }))}
      />
    </NumbersSection>
  );
}

/** Median and 90th percentile of the time to each step. */
export function DelaysSection({ numbers, scope }: Props) {
  const delays = [
    { label: 'De la création à la publication', short: 'Publication', time: numbers.timeToPublication },
    {
      label: 'De la publication à la première candidature',
      short: '1re candidature',
      time: numbers.timeToFirstApplicant,
    },
    { label: 'Du dépôt à la libération du temps', short: 'Temps libéré', time: numbers.timeToRelease },
    { label: 'De la libération à l’acceptation', short: 'Acceptation', time: numbers.timeToAcceptance },
  ];
  return (
    <NumbersSection
      stacked
      id="numbers-delays"
      title="Délais jusqu’à chaque étape"
      description="La médiane (la moitié des cas en moins de temps) et le 90e centile (9 cas sur 10 en moins de temps), en temps écoulé."
      table="delais"
      scope={scope}
      chart={
        <BarsChart
          rows={delays.map((delay) => ({
            label: delay.short,
            median: delay.time?.medianHours ?? null,
            p90: delay.time?.p90Hours ?? null,
          }))}
          series={[
            { key: 'median', label: 'Médiane' },
            { key: 'p90', label: '9 cas sur 10' },
          ]}
          format={formatDuration}
          axisWidth={120}
        />
      }
    >
      <DataTable
        testId="numbers-delays-table"
        caption="Délais jusqu’à chaque étape"
        columns={[
          { label: 'Étape' },
          { label: 'Cas mesurés', figure: true },
          { label: 'Médiane', figure: true },
          { label: '9 cas sur 10 en moins de', figure: true },
        ]}
        rows={delays.map((delay) => ({
          key: delay.label,
          cells: delay.time
            ? [
                delay.label,
                formatCount(delay.time.count),
                formatDuration(delay.time.medianHours),
                formatDuration(delay.time.p90Hours),
              ]
            : [delay.label, missing, missing, missing],
        }))}
      />
    </NumbersSection>
  );
}

/** Hours given and received per ministry (the virtual credit of the period's years). */
export function HoursSection({ numbers, scope }: Props) {
  const rows = numbers.hoursByMinistry;
  const signed = (hours: number) => (hours > 0 ? `+${formatHours(hours)}` : formatHours(hours));
  return (
    <NumbersSection
      id="numbers-hours"
      title="Heures données et reçues par ministère"
      description="Selon le crédit virtuel des années de la période : les heures réalisées par les agents d’un ministère pour d’autres administrations (données) et pour lui par des agents d’ailleurs (reçues)."
      table="heures-par-ministere"
      scope={scope}
      unavailable={rows === null || rows === undefined}
      chart={
        rows && rows.length > 0 ? (
          <BarsChart
            rows={rows.map((row) => ({
              label: ministryShortName(row.ministry),
              given: row.hoursGiven,
              received: row.hoursReceived,
            }))}
            series={[
              { key: 'given', label: 'Heures données' },
              { key: 'received', label: 'Heures reçues' },
            ]}
            format={formatHours}
            axisWidth={170}
          />
        ) : undefined
      }
    >
      {rows && rows.length === 0 ? (
        <p>Aucune heure réalisée sur ce périmètre.</p>
      ) : (
        <DataTable
          testId="numbers-hours-table"
          caption="Heures données et reçues par ministère"
          columns={[
            { label: 'Ministère' },
            { label: 'Heures données', figure: true },
            { label: 'Heures reçues', figure: true },
            { label: 'Solde (données − reçues)', figure: true },
          ]}
          rows={(rows ?? []).map((row) => ({
            key: row.ministry.id,
            cells: [
              administrationName(row.ministry),
              formatHours(row.hoursGiven),
              formatHours(row.hoursReceived),
              signed(row.balance),
            ],
          }))}
        />
      )}
    </NumbersSection>
  );
}

/** Skills the period's missions ask for, against the agents who declare them. */
export function SkillsSection({ numbers, scope }: Props) {
  const rows = numbers.skills;
  return (
    <NumbersSection
      stacked
      id="numbers-skills"
      title="Compétences demandées et offertes"
      description="Les compétences les plus demandées par les missions proposées dans la période, face au nombre d’agents qui les déclarent (ceux du ministère choisi, s’il y en a un)."
      table="competences"
      scope={scope}
      chart={
        rows.length > 0 ? (
          <BarsChart
            rows={rows.map((row) => ({
              label: row.skill.label,
              demand: row.missionsDemanding,
              supply: row.agentsOffering,
            }))}
            series={[
              { key: 'demand', label: 'Missions qui la demandent' },
              { key: 'supply', label: 'Agents qui la déclarent' },
            ]}
            format={formatCount}
          />
        ) : undefined
      }
    >
      {rows.length === 0 ? (
        <p>Aucune compétence demandée sur ce périmètre.</p>
      ) : (
        <DataTable
          testId="numbers-skills-table"
          caption={`Compétences demandées et offertes (les ${rows.length} plus demandées)`}
          columns={[
            { label: 'Compétence' },
            { label: 'Missions qui la demandent', figure: true },
            { label: 'Agents qui la déclarent', figure: true },
            { label: 'Dont disponibles', figure: true },
          ]}
          rows={rows.map((row) => ({
            key: row.skill.id,
            cells: [
              row.skill.label,
              formatCount(row.missionsDemanding),
              formatCount(row.agentsOffering),
              formatCount(row.agentsAvailable),
            ],
          }))}
        />
      )}
    </NumbersSection>
  );
}

/** How applications ended without a mission: who closed them and why. */
const CLOSURE_LABELS: Partial<Record<ApplicationStatus, string>> = {
  WITHDRAWN: 'Retrait par l’agent',
  REFUSED_BY_MANAGER: 'Refus du supérieur',
  DECLINED_BY_HOST: 'Refus de l’accueil',
  EXPIRED: 'Expiration (pas de décision à temps)',
};

export function ReasonsSection({ numbers, scope }: Props) {
  const rows = numbers.closureReasons;
  return (
    <NumbersSection
      id="numbers-reasons"
      title="Retraits, refus et expirations"
      description="Les candidatures de la période closes sans mission, par issue et par motif, les plus fréquents d’abord."
      table="motifs"
      scope={scope}
      unavailable={rows === null || rows === undefined}
    >
      {rows && rows.length === 0 ? (
        <p>Aucune candidature close sans mission sur ce périmètre.</p>
      ) : (
        <DataTable
          testId="numbers-reasons-table"
          caption="Motifs de clôture des candidatures"
          columns={[{ label: 'Issue' }, { label: 'Motif' }, { label: 'Candidatures', figure: true }]}
          rows={(rows ?? []).map((row) => ({
            key: `${row.status}-${row.reason ?? ''}`,
            cells: [
              CLOSURE_LABELS[row.status] ?? row.status,
              row.reason ? DECISION_REASON_LABELS[row.reason] : 'Aucun motif',
              formatCount(row.count),
            ],
          }))}
        />
      )}
    </NumbersSection>
  );
}

/** Missions open today that nobody applied to: where the programme team can act. */
export function WithoutApplicantsSection({ numbers, scope }: Props) {
  const open = numbers.missionsWithoutApplicants;
  const visible = (open?.missions ?? []).filter((mission) => mission !== null);
  const hidden = (open?.missions.length ?? 0) - visible.length;
  return (
    <NumbersSection
      id="numbers-without-applicants"
      title="Missions ouvertes sans candidature"
      description="Les missions publiées aujourd’hui qui n’ont reçu aucune candidature (ministère et type choisis, toute période), les plus anciennes d’abord."
      table="missions-sans-candidature"
      scope={scope}
      unavailable={!open}
    >
      {open && open.count === 0 ? (
        <p>Toutes les missions ouvertes ont reçu au moins une candidature.</p>
      ) : (
        <>
          <p data-testid="numbers-without-applicants-count">
            {formatCount(open?.count ?? 0)} mission{(open?.count ?? 0) > 1 ? 's' : ''} sans candidature
            {open && open.count > visible.length + hidden
              ? `, dont les ${visible.length + hidden} plus anciennes :`
              : ' :'}
          </p>
          <ul data-testid="numbers-without-applicants-list">
            {visible.map((mission) => (
              <li key={mission.id}>
                <Link to={`/missions/${mission.id}`}>{mission.title}</Link> —{' '}
                {administrationName(mission.hostAdministration)}
                {mission.publishedAt ? `, publiée le ${formatDate(mission.publishedAt)}` : ''}
              </li>
            ))}
          </ul>
          {hidden > 0 ? (
            <p className="fr-text--sm">
              Et {hidden} mission{hidden > 1 ? 's' : ''} réservée{hidden > 1 ? 's' : ''} à d’autres
              administrations, que vous ne pouvez pas voir.
            </p>
          ) : null}
        </>
      )}
    </NumbersSection>
  );
}
